import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What the commission, scorecard, program-health and affiliate pages offer a reader: fields found by label,
 * outputs found by their public name, the address, and a guard that fails the test if anything
 * from the address ever runs as script (an alert dialog, or a script element inside the tool).
 */
export class ModelCalculatorPage {
  readonly root: Locator;
  /** Messages of any dialog that opened; a script payload that ran would show up here. */
  readonly dialogs: string[] = [];

  constructor(
    readonly page: Page,
    readonly path: string,
    readonly element: string,
  ) {
    this.root = page.locator(element);
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
    await this.page.waitForFunction((name) => customElements.get(name) !== undefined, this.element);
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label, { exact: typeof label === 'string' });
  }

  output(name: string): Locator {
    return this.root.locator(`output[name="${name}"]`);
  }

  async expectOutput(name: string, value: string, text?: string | RegExp): Promise<void> {
    await expect(this.output(name)).toHaveAttribute('data-value', value);
    if (text !== undefined) await expect(this.output(name)).toHaveText(text);
  }

  async expectNoResult(name: string): Promise<void> {
    await expect(this.output(name)).toHaveText('—');
    await expect(this.output(name)).toHaveAttribute('data-value', '');
  }

  /** The field is marked invalid and its message is linked to it, and shown. */
  async expectInvalid(field: Locator, message?: RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const error = this.page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    await expect(error).toBeVisible();
    if (message) await expect(error).toHaveText(message);
  }

  async expectValid(field: Locator): Promise<void> {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async expectQuery(name: string, value: string | null): Promise<void> {
    await expect.poll(() => this.query().get(name)).toBe(value);
  }

  /** No element from the address was ever turned into markup inside the tool. */
  async expectNoInjectedMarkup(): Promise<void> {
    await expect(this.root.locator('script, img, iframe')).toHaveCount(0);
    expect(this.dialogs).toEqual([]);
  }
}
