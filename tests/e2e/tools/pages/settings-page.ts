import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { SETTINGS_KEY } from './calculator-page';

/** /tools/settings/ as a reader sees it: fields by label, the four actions, the messages. */
export class SettingsPage {
  readonly errors: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.errors = page.getByRole('alert').filter({ hasText: /\S/ });
    this.status = page.locator('pp-program-settings [data-summary]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/tools/settings/');
    await expect(this.page.locator('pp-program-settings [data-load-note]')).toContainText('this form shows');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Waits until the form has finished its action (it is busy while the settings checker loads). */
  async #done(): Promise<void> {
    await expect(this.page.locator('pp-program-settings')).not.toHaveAttribute('aria-busy', 'true');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await this.#done();
  }

  async reset(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset to defaults' }).click();
  }

  async exportFile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export settings file' }).click();
    return download;
  }

  async importFile(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel('Import a settings file (.json)')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await this.#done();
  }

  async stored(): Promise<unknown> {
    const text = await this.page.evaluate((key) => window.localStorage.getItem(key), SETTINGS_KEY);
    return text === null ? null : JSON.parse(text);
  }
}
