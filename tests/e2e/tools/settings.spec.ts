import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { SettingsPage } from './pages/settings-page';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// After a reset the form holds the program's own figures, read here from the program file.
const programGoldAllocation: number = parse(readFileSync('content/program.yaml', 'utf8')).mdf.allocation.gold;

test.describe('Your program settings', () => {
  test('exported settings import back after a reset', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.field('Program currency').selectOption('EUR');
    await page.getByLabel('Core example (revenue or referrals, no certification)').check();
    await settings.field('Gold base').fill('30,000');
    await settings.save();
    await expect(settings.status).toHaveText(/Settings saved/);

    const download = await settings.exportFile();
    expect(download.suggestedFilename()).toBe('partner-playbook-settings.json');
    const exported = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      currency: 'EUR',
      tierPreset: 'core',
      baseAllocations: { gold: 30000 },
    });

    await settings.reset();
    await expect(settings.field('Gold base')).toHaveValue(String(programGoldAllocation));
    await expect(settings.field('Program currency')).toHaveValue('USD');
    expect(await settings.stored()).toBeNull();

    await settings.importFile('partner-playbook-settings.json', exported);
    await expect(settings.status).toHaveText(/Imported and saved/);
    await expect(settings.field('Gold base')).toHaveValue('30000');
    await expect(settings.field('Program currency')).toHaveValue('EUR');
    await expect(page.getByLabel('Core example (revenue or referrals, no certification)')).toBeChecked();

    await page.reload();
    await expect(settings.field('Gold base')).toHaveValue('30000');
  });

  test('a bad file is explained and changes nothing', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.field('Silver base').fill('6000');
    await settings.save();
    const before = await settings.stored();

    await settings.importFile('broken.json', '{"currency": "USD",');
    await expect(settings.errors).toContainText('“broken.json” was not imported. Nothing was changed.');
    await expect(settings.errors).toContainText('The file is not valid JSON');

    await settings.importFile('wrong.json', JSON.stringify({ currency: 'XYZ', baseAllocations: { silver: -5 } }));
    await expect(settings.errors).toContainText('Currency must be one of');
    await expect(settings.errors).toContainText('Base allocation for Silver must be at least 0, but is -5.');

    await expect(settings.field('Silver base')).toHaveValue('6000');
    await expect(settings.field('Program currency')).toHaveValue('USD');
    expect(await settings.stored()).toEqual(before);
  });

  test('a field without a usable number is flagged and nothing is saved', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    const gold = settings.field('Gold base');
    await gold.fill('lots');
    await settings.save();
    await expect(gold).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await gold.getAttribute('id')}-error`)).toHaveText(/Enter a number of at least 0/);
    await expect(gold).toHaveAccessibleDescription(/Enter a number of at least 0/);
    await expect(settings.errors).toContainText('Nothing was saved.');
    expect(await settings.stored()).toBeNull();

    await gold.fill('26000');
    await settings.save();
    await expect(gold).not.toHaveAttribute('aria-invalid');
    expect(await settings.stored()).toMatchObject({ baseAllocations: { gold: 26000 } });
  });

  test('reset puts the defaults back and forgets the saved settings', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.field('Referral fee (% of first-year value)').fill('12');
    await settings.save();
    expect(await settings.stored()).toMatchObject({ rates: { referral: 12 } });

    await settings.reset();
    await expect(settings.status).toHaveText(/reset to the defaults/);
    await expect(settings.field('Referral fee (% of first-year value)')).toHaveValue('20');
    expect(await settings.stored()).toBeNull();
  });

  test('brackets can be added and removed from the keyboard', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await page.getByRole('button', { name: 'Add a bracket' }).focus();
    await page.keyboard.press('Enter');
    await expect(settings.field('Bracket 3 up to')).toBeFocused();
    await expect(settings.status).toHaveText('Added bracket 3. Enter its upper limit and rate.');
    await page.keyboard.type('400000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('28');
    await expect(settings.field('Top bracket rate (%)')).toHaveValue('30');
    await expect(settings.field('Top bracket rate (%)')).toHaveId('pps-bracket-4-rate');

    await page.getByRole('button', { name: 'Remove bracket 3' }).focus();
    await page.keyboard.press('Enter');
    await expect(settings.field('Bracket 3 up to')).toHaveCount(0);
    await expect(settings.field('Top bracket rate (%)')).toBeFocused();
    await expect(settings.field('Top bracket rate (%)')).toHaveId('pps-bracket-3-rate');
    await expect(settings.status).toHaveText('Removed bracket 3.');
  });

  test('loads its bracket editor only when the brackets change', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    const lazy = () => loaded.some((path) => /\/(rows-editor|bracket-rows)\./.test(path));
    const settings = new SettingsPage(page);
    await settings.goto();
    await expect(settings.field('Top bracket rate (%)')).toHaveId('pps-bracket-3-rate');
    await expect(page.getByRole('button', { name: 'Add a bracket' })).toBeEnabled();
    expect(lazy()).toBe(false);

    await page.getByRole('button', { name: 'Remove bracket 1' }).click();
    await expect(settings.field('Top bracket rate (%)')).toHaveId('pps-bracket-2-rate');
    await expect(settings.status).toHaveText('Removed bracket 1.');
    expect(lazy()).toBe(true);
  });

  test('has no axe violations in either theme, also with errors showing', async ({ page }) => {
    // Three full-page axe runs on a long page: allow for a busy machine.
    test.slow();
    const settings = new SettingsPage(page);
    await settings.goto();
    await expectNoAxeViolations(page);
    await settings.field('Gold base').fill('-1');
    await settings.save();
    await settings.importFile('bad.json', '[]');
    await expect(settings.errors).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
