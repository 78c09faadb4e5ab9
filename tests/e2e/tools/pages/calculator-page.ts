import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const SETTINGS_KEY = 'partner-playbook:settings:v1';

/**
 * A calculator as a reader meets it: its element, fields by label, outputs by public name or by
 * label, the live summary, the address, and a guard that fails the test if anything from the
 * address ever runs as script (an alert dialog, or a script element inside the tool). Each tool's
 * page object extends it; specs get theirs from the `calculator` fixture (`calculatorTest`).
 */
export class CalculatorPage {
  readonly root: Locator;
  readonly summary: Locator;
  /** Messages of any dialog that opened; a script payload that ran would show up here. */
  readonly dialogs: string[] = [];
  /** Uncaught errors thrown by the page's scripts. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly path: string,
    readonly element: string,
  ) {
    this.root = page.locator(element);
    this.summary = this.root.locator('[data-summary]');
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      // Two page objects on one page (commission and clawback) both listen; the first dismisses.
      dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** Opens the page with the given query string and waits for the element to take over. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
    await this.page.waitForFunction((name) => customElements.get(name) !== undefined, this.element);
    await expect(this.root.getByRole('button', { name: 'Copy link' })).toBeEnabled();
  }

  /** Starts the browser with saved program settings, as if the reader had saved them on /tools/settings/. */
  async useSettings(settings: object): Promise<void> {
    await this.page.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [
      SETTINGS_KEY,
      JSON.stringify(settings),
    ] as const);
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label).and(this.root.locator('input, select, textarea'));
  }

  /** An output by its public `name` (sourcedShare) or by its visible label (Current tier). */
  output(nameOrLabel: string | RegExp): Locator {
    const byLabel = this.root.getByLabel(nameOrLabel, { exact: true }).and(this.root.locator('output'));
    return typeof nameOrLabel === 'string' ? this.root.locator(`output[name="${nameOrLabel}"]`).or(byLabel) : byLabel;
  }

  /** The output holds `value` in `data-value` and, when given, shows `text`. */
  async expectOutput(output: string | RegExp, value: string, text?: string | RegExp): Promise<void> {
    await expect(this.output(output)).toHaveAttribute('data-value', value);
    if (text !== undefined) await expect(this.output(output)).toHaveText(text);
  }

  async expectNoResult(output: string | RegExp): Promise<void> {
    await this.expectOutput(output, '', '—');
  }

  /**
   * The field is flagged and its error is shown and linked to it (`aria-describedby`); a RegExp
   * message must match the error, a string must appear in the field's description (hint, then error).
   */
  async expectInvalid(field: string | RegExp | Locator, message?: string | RegExp): Promise<void> {
    const control = typeof field === 'string' || field instanceof RegExp ? this.field(field) : field;
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    const error = this.page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    await expect(error).toBeVisible();
    if (message instanceof RegExp) await expect(error).toHaveText(message);
    if (typeof message === 'string') {
      await expect(control).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  }

  async expectValid(field: Locator): Promise<void> {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async expectQuery(name: string, value: string | null): Promise<void> {
    await expect.poll(() => this.params().get(name)).toBe(value);
  }

  /** No script on the page threw an uncaught error. */
  expectNoScriptErrors(): void {
    expect(this.errors).toEqual([]);
  }

  /** No element from the address was ever turned into markup inside the tool. */
  async expectNoInjectedMarkup(): Promise<void> {
    await expect(this.root.locator('script, img, iframe')).toHaveCount(0);
    expect(this.dialogs).toEqual([]);
  }
}

/** `test` with a `calculator` fixture: the spec's page object, made fresh for each test. */
export function calculatorTest<Calculator extends CalculatorPage>(open: (page: Page) => Calculator) {
  return base.extend<{ calculator: Calculator }>({
    calculator: async ({ page }, use) => {
      await use(open(page));
    },
  });
}
