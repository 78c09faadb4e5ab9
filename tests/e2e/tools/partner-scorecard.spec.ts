import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { ScorecardPage } from './pages/scorecard-page';

/**
 * What only a browser shows: the element reading and writing the address, typing and checking
 * updating the results and warnings, the keyboard, bad values flagged, accessibility, no script
 * errors. The arithmetic, every band and the text of each result are unit-tested in
 * src/tools/partner-scorecard/view.test.ts and model.test.ts.
 */
const test = calculatorTest((page) => new ScorecardPage(page));

test.afterEach(({ calculator }) => calculator.expectNoScriptErrors());

const example =
  '?overlap=5&synergy=4&sales=3&marketing=4&technical=2&brand=5&commitment=3&fit=4&market=4&tech=3&gtm=3&culture=4';

test.describe('Partner scorecard', () => {
  test('opens a scored partner from the address and writes edits back to it', async ({ calculator: scorecard }) => {
    await scorecard.goto(`${example.replace('fit=4', 'fit=5')}&flags=competitive-overlap`);
    await scorecard.expectOutput('total', '26', '26 of 35');
    await expect(scorecard.field('Strategic fit (weight 25%)')).toHaveValue('5');
    await scorecard.expectOutput('weighted', '71.25', '71.25 of 100');
    await expect(scorecard.flag('Competitive overlap')).toBeChecked();
    await expect(scorecard.warnings()).toHaveCount(1);
    await expect(scorecard.warnings().first()).toContainText('Agree clear swim lanes');

    await scorecard.field('Brand alignment').fill('1');
    await scorecard.expectOutput('total', '22', '22 of 35');
    await scorecard.expectOutput('band', 'silver', 'Silver potential');
    await scorecard.expectQuery('brand', '1');

    await scorecard.flag('Competitive overlap').uncheck();
    await scorecard.flag('One-way interest').check();
    await scorecard.expectQuery('flags', 'one-way-interest');
    await expect(scorecard.warnings()).toHaveText([/One-way interest/]);
  });

  test('keeps bad values from the address visible as text, flags them and shows no result', async ({
    calculator: scorecard,
  }) => {
    const payload = '<script>alert(1)</script>';
    const badFlag = '<img src=x onerror=alert(2)>';
    await scorecard.goto(
      `?overlap=${encodeURIComponent(payload)}&fit=6&flags=${encodeURIComponent(`${badFlag},poor-reviews`)}`,
    );
    await expect(scorecard.field('Customer overlap')).toHaveValue(payload);
    await scorecard.expectInvalid(scorecard.field('Customer overlap'), /whole number from 1 to 5/);
    await scorecard.expectInvalid(scorecard.field('Strategic fit (weight 25%)'), /whole number from 1 to 5/);
    for (const name of ['total', 'band', 'priority', 'weighted']) await scorecard.expectNoResult(name);
    await expect(scorecard.flag('Poor customer reviews')).toBeChecked();
    await expect(scorecard.root.getByText(`“${badFlag}”`)).toBeVisible();
    await scorecard.expectNoInjectedMarkup();

    await scorecard.field('Customer overlap').fill('4');
    await scorecard.expectValid(scorecard.field('Customer overlap'));
    await expect(scorecard.output('total')).not.toHaveText('—');
  });

  test('can be used with the keyboard alone', async ({ page, calculator: scorecard }) => {
    await scorecard.goto(example);
    await scorecard.field('Customer overlap').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect(scorecard.field('Product synergy')).toBeFocused();
    await scorecard.expectOutput('total', '24');

    await scorecard.flag('No dedicated partner team').focus();
    await page.keyboard.press('Space');
    await expect(scorecard.flag('No dedicated partner team')).toBeChecked();
    await expect(scorecard.warnings()).toHaveText([/No dedicated partner team/]);
    await scorecard.expectQuery('flags', 'no-partner-team');
  });

  test('has no accessibility violations, with results, warnings and errors', async ({
    page,
    calculator: scorecard,
  }) => {
    test.slow();
    await scorecard.goto(`${example}&flags=poor-reviews,one-way-interest`);
    await expect(scorecard.warnings()).toHaveCount(2);
    await expectNoAxeViolations(page);
    await scorecard.goto('?overlap=9&flags=unknown');
    await scorecard.expectInvalid(scorecard.field('Customer overlap'));
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await scorecard.goto(`${example}&flags=poor-reviews`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
