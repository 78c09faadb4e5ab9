/**
 * The copy and download buttons of every template page on the built site: what the reader
 * sees, copies and downloads must be the same text.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const templatePages = [
  '/templates/campaign-brief/',
  '/templates/battle-card/',
  '/templates/qbr-agenda/',
  '/templates/partnership-agreement/',
  '/templates/mdf-request/',
  '/templates/partner-one-pager/',
];

/** The template block once its element has upgraded and shown the buttons. */
async function openTemplate(page: Page, path: string) {
  await page.goto(path);
  const template = page.locator('pp-template').first();
  const copy = template.getByRole('button', { name: /^Copy/ });
  await expect(copy).toBeVisible();
  const shownText = (await template.locator('[data-template-source]').textContent()) ?? '';
  return {
    template,
    copy,
    download: template.getByRole('button', { name: /^Download \.md/ }),
    status: template.getByRole('status'),
    shownText,
    fileName: (await template.getAttribute('data-file-name')) ?? '',
  };
}

for (const path of templatePages) {
  test(`${path}: download gives a .md file identical to the shown template`, async ({ page }) => {
    const { download, status, shownText, fileName } = await openTemplate(page, path);
    expect(shownText.length).toBeGreaterThan(200);
    expect(fileName).toBe(`${path.split('/').at(-2)}.md`);

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe(fileName);
    const downloaded = await readFile(await file.path(), 'utf8');
    expect(downloaded).toBe(shownText);
    await expect(status).toHaveText(`Downloaded ${fileName}. Check your downloads folder.`);
  });
}

test.describe('copy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the shown template on the clipboard and says so', async ({ page }) => {
    const { copy, status, shownText } = await openTemplate(page, templatePages[0]!);
    await copy.click();
    await expect(status).toHaveText(/^Copied\./);
    await expect(status).toHaveAttribute('data-outcome', 'success');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownText);
  });

  test('works from the keyboard', async ({ page }) => {
    const { copy, status } = await openTemplate(page, templatePages[2]!);
    await copy.focus();
    expect(await copy.evaluate((button) => button.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/^Copied\./);
  });
});

test('when copying is refused, selects the text and says how to copy it by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  const { copy, status, shownText } = await openTemplate(page, templatePages[1]!);
  await copy.click();
  await expect(status).toHaveText(/did not allow copying.*selected/);
  await expect(status).toHaveAttribute('data-outcome', 'failure');
  // Selection text drops the block's final newline; everything else must match.
  const selected = (await page.evaluate(() => window.getSelection()?.toString())) ?? '';
  expect(selected.trimEnd()).toBe(shownText.trimEnd());
});

test('prints the template without the buttons', async ({ page }) => {
  const { template, copy } = await openTemplate(page, templatePages[0]!);
  await page.emulateMedia({ media: 'print' });
  await expect(copy).toBeHidden();
  await expect(template.locator('[data-template-source]')).toBeVisible();
});
