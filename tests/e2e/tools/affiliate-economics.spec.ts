import { expect } from '@playwright/test';
import { CalculatorPage, SETTINGS_KEY, calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';

const test = calculatorTest(
  (page) => new CalculatorPage(page, '/tools/affiliate-economics/', 'pp-affiliate-economics'),
);

test.describe('Affiliate economics calculator', () => {
  test('works the upstream example from the address and writes edits back to it', async ({ calculator: affiliate }) => {
    await affiliate.goto('?target=50000&rate=25&value=100&churn=5');
    await affiliate.expectOutput('customers', '500', '500');
    await affiliate.expectOutput('payout', '12500', '$12,500');
    await affiliate.expectOutput('lifetimeCommission', '500', '$500');
    await expect(affiliate.root.getByText('$25 a month × (1 ÷ 5% = 20 months) = $500')).toBeVisible();

    await affiliate.field('Monthly churn (%) (optional)').fill('');
    await affiliate.expectNoResult('lifetimeCommission');
    // Set empty, written empty: the receiver sees no churn either, not the page's 5%.
    await affiliate.expectQuery('churn', '');
    await affiliate.field('Revenue per customer per month').fill('300');
    await affiliate.expectOutput('customers', '167');
    await affiliate.expectQuery('value', '300');
  });

  test('works out customers and payout at 0% churn and says why there is no lifetime', async ({
    page,
    calculator: affiliate,
  }) => {
    await affiliate.goto('?target=30000&rate=20&value=60&churn=0');
    await affiliate.expectValid(affiliate.field('Monthly churn (%) (optional)'));
    await affiliate.expectOutput('customers', '500', '500');
    await affiliate.expectOutput('payout', '6000', '$6,000');
    await affiliate.expectNoResult('lifetimeCommission');
    await expect(
      affiliate.root.getByText('With no churn a customer never leaves, so there is no lifetime total.'),
    ).toBeVisible();
    expect(page.url()).toMatch(/\?target=30000&rate=20&value=60&churn=0$/);
  });

  test('keeps bad values from the address visible as text, flags them and shows no result', async ({
    calculator: affiliate,
  }) => {
    const payload = '"><svg onload=alert(1)>';
    await affiliate.goto(`?target=${encodeURIComponent(payload)}&value=0&churn=-1`);
    await expect(affiliate.field('Monthly revenue target')).toHaveValue(payload);
    await affiliate.expectInvalid(affiliate.field('Monthly revenue target'));
    await affiliate.expectInvalid(affiliate.field('Revenue per customer per month'), /from 0.01/);
    await affiliate.expectInvalid(affiliate.field('Monthly churn (%) (optional)'), /from 0 to 100/);
    for (const name of ['customers', 'payout', 'lifetimeCommission']) await affiliate.expectNoResult(name);
    await expect(affiliate.root.locator('svg')).toHaveCount(0);
    await affiliate.expectNoInjectedMarkup();
  });

  test('uses the saved program settings unless the address says otherwise', async ({ page, calculator: affiliate }) => {
    await page.goto('/tools/settings/');
    const saved = JSON.stringify({ version: 1, currency: 'EUR', rates: { affiliate: 30 } });
    await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [SETTINGS_KEY, saved]);

    await affiliate.goto('?target=50000&value=100');
    await expect(affiliate.field('Recurring commission (%)')).toHaveValue('30');
    await affiliate.expectOutput('payout', '15000', '€15,000');

    await affiliate.goto('?target=50000&value=100&rate=25');
    await affiliate.expectOutput('payout', '12500');
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SETTINGS_KEY)).toBe(saved);
  });

  test('can be used with the keyboard alone', async ({ page, calculator: affiliate }) => {
    await affiliate.goto();
    await affiliate.field('Monthly revenue target').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('20000');
    await page.keyboard.press('Tab');
    await expect(affiliate.field('Recurring commission (%)')).toBeFocused();
    await affiliate.expectOutput('customers', '200');
    await affiliate.expectOutput('payout', '5000');
  });

  test('has no accessibility violations, with results and errors', async ({ page, calculator: affiliate }) => {
    test.slow();
    await affiliate.goto();
    await expectNoAxeViolations(page);
    await affiliate.goto('?value=abc');
    await affiliate.expectInvalid(affiliate.field('Revenue per customer per month'));
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
