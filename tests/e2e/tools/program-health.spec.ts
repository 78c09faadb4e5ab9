import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { HealthPage } from './pages/health-page';

/**
 * What only a browser shows: the element reading and writing the address, typing updating the
 * scorecard, the keyboard, bad and contradictory values flagged, each row's message, accessibility,
 * no script errors. Every metric, status, rounding and formula is unit-tested in
 * src/tools/program-health/view.test.ts and model.test.ts.
 */
const test = calculatorTest((page) => new HealthPage(page));

test.afterEach(({ calculator }) => calculator.expectNoScriptErrors());

const example = '?total=1000000&sourced=250000&influenced=350000&partners=40&active=26&nps=52&days=75';

test.describe('Program health scorecard', () => {
  test('reads a program from the address and judges each metric in words', async ({ calculator: health }) => {
    await health.goto(example.replace('sourced=250000', 'sourced=150000'));
    await expect(health.field('Partner-sourced revenue')).toHaveValue('150000');
    await health.expectOutput('sourcedShare', '15', '15%');
    await health.expectOutput('sourcedShareStatus', 'not-met', '✗ Not met');
    await expect(health.headline()).toHaveText('3 of 5 targets met.');
    await expect(health.row('Partner-influenced share of revenue')).toContainText('40% or more of company revenue');

    await health.field('Partner-influenced revenue').fill('400,000');
    await health.expectOutput('influencedShareStatus', 'met', '✓ Met');
    await expect(health.row('Partner-influenced share of revenue')).toContainText('$400,000 ÷ $1,000,000 × 100 = 40%');
    await expect(health.headline()).toHaveText('4 of 5 targets met.');
    await health.expectQuery('influenced', '400,000');
  });

  test('says why a metric has no value instead of dividing by zero', async ({ calculator: health }) => {
    // Fields a link leaves out start empty, so only these figures count.
    await health.goto('?total=0&sourced=0&partners=0&active=0');
    await expect(health.field('Partner NPS')).toHaveValue('');
    await health.expectNoResult('sourcedShare');
    await expect(health.row('Partner-sourced share of revenue')).toContainText('Company revenue is 0');
    await expect(health.row('Partner activation rate')).toContainText('no partners in the program');
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
