import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { HealthPage } from './pages/health-page';

const test = calculatorTest((page) => new HealthPage(page));

const example = '?total=1000000&sourced=250000&influenced=350000&partners=40&active=26&nps=52&days=75';

test.describe('Program health scorecard', () => {
  test('reads a program from the address and judges each metric in words', async ({ calculator: health }) => {
    await health.goto(example);
    await expect(health.headline()).toHaveText('4 of 5 targets met.');
    await health.expectOutput('sourcedShare', '25', '25%');
    await health.expectOutput('sourcedShareStatus', 'met', '✓ Met');
    await health.expectOutput('influencedShare', '35');
    await health.expectOutput('influencedShareStatus', 'not-met', '✗ Not met');
    await health.expectOutput('activation', '65');
    await health.expectOutput('activationStatus', 'met');
    await health.expectOutput('revenuePerPartner', '9615.38', '$9,615.38');
    await health.expectOutput('npsStatus', 'met');
    await health.expectOutput('daysStatus', 'met');
    await expect(health.row('Partner-influenced share of revenue')).toContainText('40% or more of company revenue');

    await health.field('Partner-influenced revenue').fill('400,000');
    await health.expectOutput('influencedShareStatus', 'met');
    await expect(health.headline()).toHaveText('5 of 5 targets met.');
    await health.expectQuery('influenced', '400,000');

    await health.field('Median days to first deal').fill('90');
    await health.expectOutput('daysStatus', 'not-met');
  });

  test('says why a metric has no value instead of dividing by zero', async ({ calculator: health }) => {
    // Fields a link leaves out start empty, so only these figures count.
    await health.goto('?total=0&sourced=0&partners=0&active=0');
    await expect(health.field('Partner NPS')).toHaveValue('');
    await health.expectNoResult('sourcedShare');
    await health.expectNoResult('sourcedShareStatus');
    await expect(health.row('Partner-sourced share of revenue')).toContainText('Company revenue is 0');
    await health.expectNoResult('activation');
    await expect(health.row('Partner activation rate')).toContainText('no partners in the program');
    await expect(health.row('Sourced revenue per active partner')).toContainText('No partner is active');
    await expect(health.headline()).toHaveText('No target can be judged yet: fill in the figures you have.');
  });

  test('flags bad and contradictory values and blanks only the rows that depend on them', async ({
    calculator: health,
  }) => {
    const payload = '<script>alert(1)</script>';
    await health.goto(`?total=1000000&sourced=${encodeURIComponent(payload)}&partners=40&active=50&nps=60`);
    await expect(health.field('Partner-sourced revenue')).toHaveValue(payload);
    await health.expectInvalid(health.field('Partner-sourced revenue'), /Enter a number/);
    await health.expectInvalid(health.field('Active partners'), /cannot outnumber/);
    await health.expectNoResult('sourcedShare');
    await health.expectNoResult('activation');
    await health.expectOutput('npsStatus', 'met');
    await health.expectNoInjectedMarkup();

    await health.field('Active partners').fill('30');
    await health.expectValid(health.field('Active partners'));
    await health.expectOutput('activation', '75');
  });

  test('can be used with the keyboard alone', async ({ page, calculator: health }) => {
    await health.goto(example);
    await health.field('Company revenue').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2000000');
    await page.keyboard.press('Tab');
    await expect(health.field('Partner-sourced revenue')).toBeFocused();
    await health.expectOutput('sourcedShare', '12.5');
    await health.expectOutput('sourcedShareStatus', 'not-met');
    await health.expectQuery('total', '2000000');
  });

  test('has no accessibility violations, with results and errors', async ({ page, calculator: health }) => {
    test.slow();
    await health.goto(example);
    await expectNoAxeViolations(page);
    await health.goto('?total=abc&partners=0&active=0');
    await health.expectInvalid(health.field('Company revenue'));
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await health.goto(example);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
