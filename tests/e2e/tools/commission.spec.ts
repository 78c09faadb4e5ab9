import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { CommissionPage } from './pages/commission-page';

const test = calculatorTest((page) => new CommissionPage(page));

test.describe('Commission calculator', () => {
  test('opens a recurring share from the address and writes edits back to it', async ({ calculator: commission }) => {
    await commission.goto('?model=recurring&deal=24000&rate=15&months=24');
    await expect(commission.field('Annual contract value')).toHaveValue('24000');
    await commission.expectOutput('commission', '7200', '$7,200');
    await commission.expectOutput('firstYear', '3600', '$3,600');
    await expect(commission.root.getByText('$24,000 × 15% × 24 ÷ 12 months = $7,200')).toBeVisible();

    await commission.field('Months the share is paid').fill('12');
    await commission.expectOutput('commission', '3600');
    await commission.expectQuery('months', '12');
    await commission.expectQuery('model', 'recurring');
  });

  test('keeps a rate from the link, even one equal to another model’s default, and leaves the link alone', async ({
    page,
    calculator: commission,
  }) => {
    const recurring = '?model=recurring&deal=18000&rate=20&months=36';
    await commission.goto(recurring);
    await expect(commission.field('Revenue share (%)')).toHaveValue('20');
    await commission.expectOutput('commission', '10800', '$10,800');
    expect(page.url()).toMatch(/\?model=recurring&deal=18000&rate=20&months=36$/);

    await commission.goto('?model=influenced&deal=60000&rate=20&share=50');
    await expect(commission.field(/^Sourced rate \(%\)$/)).toHaveValue('20');
    await commission.expectOutput('commission', '6000');
    expect(page.url()).toMatch(/\?model=influenced&deal=60000&rate=20&share=50$/);

    // Switching model by hand: a rate at the previous model's default follows the new default; a linked 20 stays.
    await commission.goto('?model=recurring&rate=15');
    await commission.model().selectOption('influenced');
    await expect(commission.field(/^Sourced rate \(%\)$/)).toHaveValue('25');
    await commission.goto(recurring);
    await commission.model().selectOption('influenced');
    await expect(commission.field(/^Sourced rate \(%\)$/)).toHaveValue('20');
  });

  test('writes only what the reader set: the untouched clawback adds nothing', async ({ calculator: commission }) => {
    await commission.goto();
    await commission.field('First-year deal value').fill('30000');
    await commission.expectQuery('deal', '30000');
    expect([...commission.params().keys()]).toEqual(['deal']);
    await commission.clawback.field('Days from signing to cancellation').fill('45');
    await commission.expectQuery('day', '45');
    expect(commission.params().has('commission')).toBe(false);
  });

  test('works the tiered example both ways and draws it', async ({ calculator: commission }) => {
    // Switching to the tiered model loads its editor and chart on demand.
    await commission.goto();
    await commission.model().selectOption('tiered');
    await commission.expectOutput('commission', '102500');
    await commission.expectQuery('brackets', '100000:20,250000:25,30');

    await commission.goto('?model=tiered&volume=400000&brackets=100000:20,250000:25,30');
    await commission.expectOutput('commission', '102500', '$102,500');
    await expect(commission.chart()).toBeVisible();
    await expect(commission.root.locator('desc')).toContainText(
      'Your volume of $400,000 earns $102,500 with the marginal method',
    );

    await commission.field('Method').selectOption('whole');
    await commission.expectOutput('commission', '120000');
    await commission.expectQuery('method', 'whole');

    await commission.field('Top bracket rate (%)').fill('35');
    await commission.expectOutput('commission', '140000');
    await commission.expectQuery('brackets', '100000:20,250000:25,35');

    await commission.root.getByRole('button', { name: 'Add a bracket' }).click();
    await expect(commission.field('Bracket 3 up to')).toHaveValue('500000');
    await commission.expectQuery('brackets', '100000:20,250000:25,500000:35,35');
  });

  test('gives the reseller example and the influenced example', async ({ calculator: commission }) => {
    // A saved scenario with a 40% Platinum margin, so the tier button's effect is the worked example's.
    await commission.useSettings({ resellerMargins: { registered: 25, silver: 30, gold: 35, platinum: 40 } });
    await commission.goto('?model=reseller&list=50000&margin=35&registered=1&volume=300000');
    await commission.expectOutput('partnerProfit', '20000', '$20,000');
    await commission.expectOutput('partnerCost', '30000', '$30,000');
    // The program's rebates are marginal (content/program.yaml): 2% on the 50,000 above 250,000 is 1,000,
    // which is 1,000 ÷ 300,000 × 100 = 0.333…% of the year's volume.
    await commission.expectOutput('rebate', '1000', '$1,000');
    await commission.expectOutput('rebateRate', '0.333333333333', '0.33%');
    await expect(commission.root.getByText('$50,000 × 2% = $1,000')).toBeVisible();
    // Past the last band (it ends at 1,000,000) nothing more is added: 250,000 × 2% + 500,000 × 5% = 30,000, 1.5%.
    await commission.field('Partner’s annual volume with you').fill('2000000');
    await commission.expectOutput('rebate', '30000', '$30,000');
    await commission.expectOutput('rebateRate', '1.5', '1.5%');
    await commission.root.getByRole('button', { name: /Platinum/ }).click();
    await expect(commission.field('Partner margin off list (%)')).toHaveValue('40');
    await commission.expectOutput('partnerProfit', '22500');

    // A reseller link without a volume means no rebate, not the page's example volume.
    await commission.goto('?model=reseller&list=50000&margin=35&registered=1');
    await commission.expectNoResult('rebate');
    await commission.expectNoResult('rebateRate');
    await expect(commission.field('Partner’s annual volume with you')).toHaveValue('');

    await commission.goto('?model=influenced&deal=100000&rate=25&share=50');
    await commission.expectOutput('commission', '12500', '$12,500');
  });

  test('keeps bad values from the address visible as text, flags them and shows no result', async ({
    calculator: commission,
  }) => {
    const payload = '<script>alert(1)</script>';
    await commission.goto(`?model=referral&deal=${encodeURIComponent(payload)}&rate=abc`);
    await expect(commission.field('First-year deal value')).toHaveValue(payload);
    await commission.expectInvalid(commission.field('First-year deal value'), /Enter a number/);
    await commission.expectInvalid(commission.field('Referral rate (%)'), /from 0 to 100/);
    await commission.expectNoResult('commission');
    await commission.expectNoInjectedMarkup();

    await commission.field('First-year deal value').fill('24,000');
    await commission.field('Referral rate (%)').fill('20%');
    await commission.expectValid(commission.field('First-year deal value'));
    await commission.expectOutput('commission', '4800');

    await commission.goto(`?model=${encodeURIComponent(payload)}`);
    await commission.expectInvalid(commission.model(), /Choose one of the five models/);
    await commission.expectNoInjectedMarkup();

    await commission.goto('?model=tiered&volume=400000&brackets=100000:20,abc');
    await expect(commission.field('Top bracket rate (%)')).toHaveValue('abc');
    await commission.expectInvalid(commission.field('Top bracket rate (%)'));
    await commission.expectNoResult('commission');
    await expect(commission.chart()).toBeHidden();

    await commission.goto('?model=reseller&list=1000&margin=98&registered=1');
    await commission.expectInvalid(commission.field('Partner margin off list (%)'), /at most 95/);
    await commission.expectNoResult('partnerProfit');
  });

  test('claws back by the day of cancellation', async ({ calculator: commission }) => {
    await commission.goto('?commission=4800&day=120');
    await commission.clawback.expectOutput('clawback', '1600', '$1,600');
    await commission.clawback.field('Days from signing to cancellation').fill('10');
    await commission.clawback.expectOutput('clawback', '4800');
    await commission.clawback.expectQuery('day', '10');

    await commission.field('First-year deal value').fill('50000');
    await commission.clawback.root.getByRole('button', { name: 'Use the commission from the model above' }).click();
    await expect(commission.clawback.field('Commission paid')).toHaveValue('10000');
    await commission.clawback.expectOutput('clawback', '10000');
  });

  test('can be used with the keyboard alone', async ({ page, calculator: commission }) => {
    await commission.goto();
    await commission.model().focus();
    await page.keyboard.press('ArrowDown');
    await expect(commission.model()).toHaveValue('recurring');
    await expect(commission.field('Annual contract value')).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(commission.model()).toHaveValue('referral');
    await page.keyboard.press('Tab');
    await expect(commission.field('First-year deal value')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30000');
    await page.keyboard.press('Tab');
    await expect(commission.field('Referral rate (%)')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('15');
    await commission.expectOutput('commission', '4500');
    await commission.expectQuery('deal', '30000');

    // Hidden fields of the other models are skipped: next come the settings link and the toolbar.
    await page.keyboard.press('Tab');
    await expect(commission.root.getByRole('link', { name: 'program scenario' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(commission.root.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(commission.root.locator('[data-copy-status]')).toHaveText(/Link (copied|is ready to copy)/);
  });

  test('has no accessibility violations, with a result, an error and the chart', async ({
    page,
    calculator: commission,
  }) => {
    test.slow();
    await commission.goto();
    await expectNoAxeViolations(page);
    await commission.goto('?model=tiered&volume=abc');
    await commission.expectInvalid(commission.field('Annual sales volume'));
    await expectNoAxeViolations(page);
    await commission.goto('?model=tiered&volume=400000');
    await expect(commission.chart()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(commission.chart()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
