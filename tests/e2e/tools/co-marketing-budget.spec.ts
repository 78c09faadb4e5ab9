import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { calculatorTest } from './pages/calculator-page';
import { expectNoAxeViolations } from '../helpers/axe';
import { BudgetCalculatorPage, PortfolioPlannerPage } from './pages/co-marketing-budget-page';

const test = calculatorTest((page) => new BudgetCalculatorPage(page)).extend<{ planner: PortfolioPlannerPage }>({
  planner: async ({ page }, use) => {
    await use(new PortfolioPlannerPage(page));
  },
});

/** A saved scenario with these base allocations, so the worked examples below read as written. */
const exampleAllocations = { baseAllocations: { registered: 0, silver: 5_000, gold: 25_000, platinum: 100_000 } };

test.describe('Co-marketing budget: one partner', () => {
  test('opens from the address and writes every change back to it', async ({ page, calculator }) => {
    await calculator.useSettings(exampleAllocations);
    await calculator.goto('?tier=gold&pipeline=1.5&strategic=1.2');
    await calculator.expectOutput('Annual co-marketing budget', '45000', '$45,000');
    await expect(calculator.root.getByText('25,000 × 1.5 × 1.2 = 45,000', { exact: true })).toBeVisible();

    await calculator.pipeline.fill('2');
    await calculator.tier.selectOption('platinum');
    await calculator.expectOutput('Annual co-marketing budget', '240000', '$240,000');
    expect(calculator.params().get('pipeline')).toBe('2');
    expect(calculator.params().get('tier')).toBe('platinum');

    // The portfolio planner below was not touched, so its example rows stay out of the link.
    expect([...calculator.params().keys()].toSorted()).toEqual(['pipeline', 'strategic', 'tier']);

    await page.goto(page.url());
    await calculator.expectOutput('Annual co-marketing budget', '240000', '$240,000');
    await expect(calculator.summary).toHaveText('Platinum partner budget: $240,000 (100,000 × 2 × 1.2 = 240,000).');
  });

  test('flags bad values from the address as text and shows no result', async ({ calculator }) => {
    await calculator.useSettings(exampleAllocations);
    const payload = '<script>alert(1)</script>';
    await calculator.goto(`?tier=diamond&base=${encodeURIComponent(payload)}&pipeline=abc&strategic=9`);

    await expect(calculator.base).toHaveValue(payload);
    await calculator.expectInvalid(/^Base allocation/, /Enter a number of at least 0, using digits only/);
    await calculator.expectInvalid(
      'Pipeline potential',
      'Enter a number from 0.5 to 2, using digits only (such as 1,250.50).',
    );
    await calculator.expectInvalid('Strategic value', 'Enter a number from 0.8 to 1.5.');
    await expect(calculator.tier).toHaveValue('diamond');
    await calculator.expectInvalid('Partner tier', 'Choose registered, silver, gold or platinum.');
    await calculator.expectOutput('Annual co-marketing budget', '', '—');
    await expect(calculator.root.locator('.pp-calc script')).toHaveCount(0);
    expect(calculator.dialogs).toEqual([]);

    await calculator.tier.selectOption('silver');
    await calculator.base.fill('');
    await calculator.pipeline.fill('1');
    await calculator.strategic.fill('1');
    await expect(calculator.pipeline).not.toHaveAttribute('aria-invalid');
    await calculator.expectOutput('Annual co-marketing budget', '5000', '$5,000');
  });

  test('uses the saved settings, and a base in the address overrides them', async ({ calculator }) => {
    await calculator.useSettings({ currency: 'EUR', baseAllocations: { gold: 30000 } });
    await calculator.goto('?tier=gold&pipeline=1.5&strategic=1.2');
    await calculator.expectOutput('Annual co-marketing budget', '54000', '€54,000');
    await expect(calculator.base).toHaveAttribute('placeholder', '30,000');

    await calculator.goto('?tier=gold&base=10000&pipeline=1.5&strategic=1.2');
    await calculator.expectOutput('Annual co-marketing budget', '18000', '€18,000');
  });

  test('works from the keyboard alone and copies a working link', async ({ page, context, calculator }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await calculator.goto();
    await calculator.tier.focus();
    await page.keyboard.press('ArrowDown');
    await expect(calculator.tier).toHaveValue('platinum');
    await page.keyboard.press('Tab');
    await expect(calculator.base).toBeFocused();
    await page.keyboard.type('80,000');
    await page.keyboard.press('Tab');
    await expect(calculator.pipeline).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0.5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1');
    await calculator.expectOutput('Annual co-marketing budget', '40000', '$40,000');

    const copyLink = calculator.root.getByRole('button', { name: 'Copy link' });
    await copyLink.focus();
    await page.keyboard.press('Enter');
    await expect(calculator.root.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('base')).toBe('80,000');
  });

  test('has no axe violations in either theme, also with errors showing', async ({ page, calculator }) => {
    // Three full-page axe runs on a long page: allow for a busy machine.
    test.slow();
    await calculator.goto();
    await expectNoAxeViolations(page);
    await calculator.goto('?pipeline=abc&partner=X,bronze,9,1');
    await expect(calculator.pipeline).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});

test.describe('Co-marketing budget: portfolio planner', () => {
  test('scales requests to the pool from the address and keeps rows in it', async ({ planner }) => {
    await planner.useSettings(exampleAllocations);
    await planner.goto('?pool=50000&partner=Acme,gold,1,1&partner=%22Beta,%20Inc.%22,gold,1,1&partner=Corda,gold,2,1');
    await expect(planner.partners()).toHaveCount(3);
    await expect(planner.partnerField(2, 'Name')).toHaveValue('Beta, Inc.');
    await planner.expectOutput('Total requested', '100000', '$100,000');
    await planner.expectOutput('Scale', '0.5', '0.5 (50%)');
    await planner.expectOutput('Total allocated', '50000', '$50,000');
    await expect(planner.partnerOutput(3, 'Allocated')).toHaveText('$25,000');

    await planner.pool.fill('200000');
    await planner.expectOutput('Scale', '1', '1 (100%)');
    expect(planner.params().get('pool')).toBe('200000');
    expect(planner.params().getAll('partner')).toEqual(['Acme,gold,1,1', '"Beta, Inc.",gold,1,1', 'Corda,gold,2,1']);
  });

  test('rejects a malformed CSV with the line number and leaves the table unchanged', async ({ planner }) => {
    await planner.useSettings(exampleAllocations);
    await planner.goto();
    const before = await planner.tableText();

    await planner.importCsv('partners.csv', 'name,tier,pipeline,strategic\nAcme,gold,1.5,1.2\nBeta,bronze,1,1\n');
    await expect(planner.importError).toHaveText(
      '“partners.csv” was not imported: Line 3: tier must be one of registered, silver, gold, platinum. The table is unchanged.',
    );
    await planner.importCsv('partners.csv', 'name,tier,pipeline,strategic\nAcme,gold,7,1.2\n');
    await expect(planner.importError).toContainText('Line 2: pipeline: Enter a number from 0.5 to 2.');
    await expect.poll(() => planner.tableText()).toEqual(before);

    await planner.importCsv('good.csv', 'name,tier,pipeline,strategic\nDelta,silver,2,1.5\n');
    await expect(planner.importError).toHaveText('');
    await expect.poll(() => planner.tableText()).toEqual([['Delta', 'silver', '2', '1.5']]);
    await planner.expectOutput('Total requested', '15000', '$15,000');
  });

  test('exports a CSV that imports back', async ({ page, planner }) => {
    await planner.useSettings(exampleAllocations);
    await planner.goto();
    const before = await planner.tableText();
    const download = page.waitForEvent('download');
    await planner.root.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    const text = await readFile(await file.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('name,tier,pipeline,strategic,requested,allocated');
    expect(text).toContain('Acme Analytics,gold,1.5,1.2,45000,33750');

    await planner.importCsv('edited.csv', 'name,tier,pipeline,strategic\nSolo,gold,1,1\n');
    // The import loads its reader on demand: wait for each file's rows before the next.
    await expect.poll(() => planner.tableText()).toEqual([['Solo', 'gold', '1', '1']]);
    await planner.importCsv(file.suggestedFilename(), text);
    await expect.poll(() => planner.tableText()).toEqual(before);
  });

  test('adds and removes partners from the keyboard alone', async ({ page, planner }) => {
    await planner.useSettings(exampleAllocations);
    await planner.goto();
    await planner.root.getByRole('button', { name: 'Add a partner' }).focus();
    await page.keyboard.press('Enter');
    await expect(planner.partners()).toHaveCount(4);
    await expect(planner.partnerField(4, 'Name')).toBeFocused();
    await page.keyboard.type('Delta Data');
    await page.keyboard.press('Tab');
    await expect(planner.partnerField(4, 'Tier')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(planner.partnerField(4, 'Tier')).toHaveValue('gold');
    await planner.expectOutput('Total requested', '225000', '$225,000');

    await planner.partner(2).getByRole('button', { name: 'Remove partner 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(planner.partners()).toHaveCount(3);
    await expect(planner.partnerField(2, 'Name')).toHaveValue('Corda Systems');
    await expect(planner.partnerField(2, 'Name')).toBeFocused();
    await expect(planner.summary).toContainText('Removed Beacon Consulting.');
    await planner.expectOutput('Total requested', '220000', '$220,000');

    // Ids follow the rows' positions, and each label, hint and error still names its own field.
    await expect(planner.partnerField(2, 'Name')).toHaveId('pf-2-name');
    await expect(planner.partnerField(3, 'Name')).toHaveId('pf-3-name');
    await planner.partnerField(3, 'Pipeline').fill('9');
    await planner.expectInvalid(planner.partnerField(3, 'Pipeline'), 'Enter a number from 0.5 to 2.');
    await expect(planner.partnerField(3, 'Pipeline')).toHaveAttribute('aria-describedby', 'pf-3-pipeline-error');
    await expect(planner.summary).toHaveText('No allocation yet: fix 1 partner row.');

    // Removing the last row hands focus to the row before it, and an empty table to the add button.
    await planner.partner(3).getByRole('button', { name: 'Remove partner 3' }).click();
    await expect(planner.partnerField(2, 'Name')).toBeFocused();
    for (const n of [2, 1])
      await planner
        .partner(n)
        .getByRole('button', { name: `Remove partner ${n}` })
        .click();
    await expect(planner.partners()).toHaveCount(0);
    await expect(planner.root.getByRole('button', { name: 'Add a partner' })).toBeFocused();
    await planner.expectOutput('Total requested', '0', '$0');
  });

  test('takes at most 200 partners, and says so', async ({ page, planner }) => {
    await planner.goto();
    const rows = Array.from({ length: 199 }, (_, i) => `P${i + 1},silver,1,1`).join('\n');
    await planner.importCsv('many.csv', `name,tier,pipeline,strategic\n${rows}\n`);
    await expect(planner.partners()).toHaveCount(199);
    const add = planner.root.getByRole('button', { name: 'Add a partner' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(planner.partners()).toHaveCount(200);
    await expect(planner.partnerField(200, 'Name')).toBeFocused();
    await expect(planner.summary).toContainText('Added partner 200. The planner takes no more.');
    await expect(add).toBeDisabled();
  });

  test('loads its rows editor and CSV reader only when they are needed', async ({ page, planner }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    const lazy = (name: string) => loaded.some((path) => path.includes(`/${name}.`));
    await planner.goto();
    await expect(planner.output('requested')).toHaveAttribute('data-value', /\d/);
    expect(lazy('rows-editor') || lazy('csv-model') || lazy('download')).toBe(false);

    await planner.root.getByRole('button', { name: 'Add a partner' }).click();
    await expect(planner.partners()).toHaveCount(4);
    await expect(planner.partnerField(4, 'Name')).toBeFocused();
    expect(lazy('rows-editor')).toBe(true);
    expect(lazy('csv-model')).toBe(false);
  });
});
