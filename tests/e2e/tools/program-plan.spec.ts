import { expect } from '@playwright/test';
import { CalculatorPage, calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';

const test = calculatorTest((page) => new CalculatorPage(page, '/tools/program-plan/', 'pp-program-plan'));

const issueExample =
  '?arr=10000000&share=25&deal=25000&deals=4&active=60&capacity=25&pmCost=150000&payout=20&mdf=5000&tooling=30000&directCost=0.5';

test.describe('Program planner', () => {
  test('works the issue example from the address and writes edits back to it', async ({ calculator: plan }) => {
    await plan.goto(issueExample);
    await plan.expectOutput('sourced', '2500000', '$2,500,000');
    await plan.expectOutput('signedPartners', '42', '42');
    await plan.expectOutput('managers', '2');
    await plan.expectOutput('programCost', '955000', '$955,000');
    await plan.expectOutput('costPerDollar', '0.382', '0.382');
    await plan.expectOutput('advantage', '0.118');
    await expect(plan.root.getByText('25 ÷ 60% = 41.67, rounded up to 42')).toBeVisible();
    await expect(plan.root.getByText(/^Partners are cheaper than direct sales/)).toBeVisible();

    await plan.field('Partners per partner manager').fill('10');
    await plan.expectOutput('managers', '5');
    await plan.expectOutput('teamCost', '750000', '$750,000');
    await plan.expectQuery('capacity', '10');

    // The address now carries the edit: opening it again shows the same plan.
    const address = new URL(plan.page.url());
    await plan.goto(address.search);
    await expect(plan.field('Partners per partner manager')).toHaveValue('10');
    await plan.expectOutput('managers', '5');

    await plan.field('Direct cost per 1 of new ARR (optional)').fill('');
    await plan.expectNoResult('advantage');
    // An emptied optional field is written empty, so the link means "no direct cost", not the default.
    await plan.expectQuery('directCost', '');
  });

  test('flags a bad field and blanks only what depends on it', async ({ calculator: plan }) => {
    await plan.goto(issueExample);
    await plan.field('MDF per active partner a year').fill('lots');
    await plan.expectInvalid(plan.field('MDF per active partner a year'), /Enter a number from 0/);
    for (const name of ['mdfCost', 'programCost', 'costPerDollar', 'roi', 'advantage']) await plan.expectNoResult(name);
    await plan.expectOutput('signedPartners', '42');
    await plan.expectOutput('payoutCost', '500000');

    await plan.goto(
      '?arr=0&share=25&deal=25000&deals=4&active=60&capacity=25&pmCost=150000&payout=20&mdf=5000&tooling=30000',
    );
    await plan.expectInvalid(plan.field('New ARR target for the year'), /from 1 to/);
    for (const name of ['sourced', 'dealsNeeded', 'signedPartners', 'managers', 'programCost']) {
      await plan.expectNoResult(name);
    }
    await plan.expectNoInjectedMarkup();
  });

  test('has no accessibility violations, with results and errors', async ({ page, calculator: plan }) => {
    test.slow();
    await plan.goto();
    await expectNoAxeViolations(page);
    await plan.goto('?mdf=abc');
    await plan.expectInvalid(plan.field('MDF per active partner a year'));
    await expectNoAxeViolations(page);
  });
});
