import { expect, type Locator, type Page } from '@playwright/test';

export const SETTINGS_KEY = 'partner-playbook:settings:v1';

/** What every calculator page shares: its element, outputs by label, the live summary, the address. */
export class CalculatorPage {
  readonly root: Locator;
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    readonly path: string,
    tag: string,
  ) {
    this.root = page.locator(tag);
    this.summary = this.root.locator('[data-summary]');
  }

  /** Opens the page with the given query string and waits for the element to take over. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
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
    return this.root.getByLabel(label).and(this.root.locator('input, select'));
  }

  output(label: string | RegExp): Locator {
    return this.root.getByLabel(label, { exact: true }).and(this.root.locator('output'));
  }

  async expectOutput(label: string | RegExp, text: string | RegExp, value: string): Promise<void> {
    const output = this.output(label);
    await expect(output).toHaveText(text);
    await expect(output).toHaveAttribute('data-value', value);
  }

  /** The field is flagged and its description (hint, then error) includes the message. */
  async expectInvalid(label: string | RegExp, message: string | RegExp): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const pattern = typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message;
    await expect(field).toHaveAccessibleDescription(pattern);
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
