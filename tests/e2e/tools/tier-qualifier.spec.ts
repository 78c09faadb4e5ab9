import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { TierQualifierPage } from './pages/tier-qualifier-page';

const test = calculatorTest((page) => new TierQualifierPage(page));

test.describe('Tier qualifier', () => {
  test('opens from the address and writes every change back to it', async ({ page, calculator: qualifier }) => {
    // The core example ladder (revenue or referrals, no certification), as old links name it.
    await qualifier.goto('?preset=core&revenue=30000&referrals=3');
    await qualifier.expectOutput('Current tier', 'silver', 'Silver');
    await qualifier.expectOutput('Next tier', 'gold', 'Gold');
    await qualifier.expectOutput('Revenue still needed', '20000', '$20,000');
    await qualifier.expectOutput('Referrals still needed', '17', '17');
    await qualifier.expectOutput('Certified people still needed', '', 'Not required for Gold');
    await expect(qualifier.progressBar).toHaveAttribute('value', '60');
    // What Gold adds in the core example's benefits matrix (content/programs/core.yaml).
    await expect(qualifier.benefits).toContainText('Partner manager: Dedicated');
    await expect(qualifier.summary).toHaveText('Silver. Gold needs $20,000 more revenue or 17 more referrals.');

    await qualifier.referrals.fill('20');
    await qualifier.expectOutput('Current tier', 'gold', 'Gold');
    await qualifier.expectOutput('Referrals still needed', '', 'No referral path to Platinum');
    await qualifier.expectOutput('Revenue still needed', '170000', '$170,000');
    expect(qualifier.params().get('referrals')).toBe('20');

    await page.goto(page.url());
    await qualifier.expectOutput('Current tier', 'gold', 'Gold');
    await expect(qualifier.benefits).toContainText('Custom pricing');
  });

  test('applies the detailed rules when the address asks for them', async ({ calculator: qualifier }) => {
    await qualifier.goto('?preset=detailed&revenue=30000&referrals=3&certified=0');
    await qualifier.expectOutput('Current tier', 'registered', 'Registered');
    await qualifier.expectOutput('Certified people still needed', '1', '1');
    await qualifier.expectOutput('Revenue still needed', '0', '$0');
    await qualifier.certified.fill('1');
    await qualifier.expectOutput('Current tier', 'silver', 'Silver');
    await qualifier.expectOutput('Certified people still needed', '1', '1');
    expect(qualifier.params().get('preset')).toBe('detailed');
  });

  test('flags bad values from the address as text and shows no result', async ({ calculator: qualifier }) => {
    const payload = '<img src=x onerror=alert(1)>';
    await qualifier.goto(
      `?revenue=lots&referrals=2.5&certified=${encodeURIComponent(payload)}&signed=maybe&preset=gold`,
    );

    await qualifier.expectInvalid(
      'Partner revenue',
      'Enter a number of at least 0, using digits only (such as 1,250.50).',
    );
    await qualifier.expectInvalid('Qualified referrals', 'Enter a whole number of at least 0.');
    await expect(qualifier.certified).toHaveValue(payload);
    await qualifier.expectInvalid('Certified people', /Enter a whole number of at least 0/);
    await qualifier.expectInvalid('Partner agreement signed', 'Choose yes (1) or no (0).');
    await qualifier.expectInvalid('Tier rules', 'Choose core, detailed or custom.');
    for (const label of ['Current tier', 'Next tier', 'Revenue still needed', 'Referrals still needed']) {
      await qualifier.expectOutput(label, '', '—');
    }
    await expect(qualifier.root.locator('img')).toHaveCount(0);
    expect(qualifier.dialogs).toEqual([]);

    await qualifier.revenue.fill('1,000,000');
    await qualifier.referrals.fill('0');
    await qualifier.certified.fill('0');
    await qualifier.signed.selectOption('0');
    await qualifier.preset.selectOption('core');
    await qualifier.expectOutput('Current tier', 'none', 'None');
    await qualifier.expectOutput('Next tier', 'registered', 'Registered');
  });

  test('uses custom thresholds from the saved settings', async ({ calculator: qualifier }) => {
    await qualifier.useSettings({ tierPreset: 'custom', customTiers: { silver: { revenue: 15000 } } });
    await qualifier.goto('?revenue=12000&referrals=0');
    await expect(qualifier.preset).toHaveValue('custom');
    await qualifier.expectOutput('Current tier', 'registered', 'Registered');
    await qualifier.expectOutput('Revenue still needed', '3000', '$3,000');
    await qualifier.goto('?preset=core&revenue=12000&referrals=0');
    await qualifier.expectOutput('Current tier', 'silver', 'Silver');
  });

  test('works from the keyboard alone', async ({ page, calculator: qualifier }) => {
    await qualifier.goto('?preset=core');
    await qualifier.preset.focus();
    await page.keyboard.press('Tab');
    await expect(qualifier.revenue).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('$210,000');
    await qualifier.expectOutput('Current tier', 'platinum', 'Platinum');
    await qualifier.expectOutput('Next tier', '', 'None: Platinum is the top tier');
    await page.keyboard.press('Tab');
    await expect(qualifier.referrals).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(qualifier.certified).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(qualifier.signed).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(qualifier.signed).toHaveValue('0');
    await qualifier.expectOutput('Current tier', 'none', 'None');
    await page.keyboard.press('Tab');
    await expect(qualifier.root.getByRole('link', { name: 'program scenario' })).toBeFocused();
  });

  test('has no axe violations in either theme, also with errors showing', async ({ page, calculator: qualifier }) => {
    // Three full-page axe runs on a long page: allow for a busy machine.
    test.slow();
    await qualifier.goto('?revenue=30000&referrals=3');
    await expectNoAxeViolations(page);
    await qualifier.goto('?revenue=abc&signed=2');
    await expect(qualifier.revenue).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
