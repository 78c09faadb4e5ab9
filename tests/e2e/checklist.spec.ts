/**
 * The interactive checklists on the built site: ticking, saved progress across reloads,
 * reset, keyboard use, damaged or blocked storage, and print.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawAllDiagrams } from './helpers/site';

const checklistPages = [
  '/checklists/program-launch/',
  '/checklists/partner-onboarding/',
  '/checklists/campaign-timeline/',
  '/checklists/qbr-preparation/',
];
const launchPage = '/checklists/program-launch/';

/** The first checklist on the page, once its element has upgraded (the progress row appears). */
async function openChecklist(page: Page, path: string) {
  await page.goto(path);
  // A diagram drawn above the checklist moves it; a click during that move lands elsewhere.
  await drawAllDiagrams(page);
  const checklist = page.locator('pp-checklist').first();
  const progressText = checklist.locator('[data-checklist-progress-text]');
  await expect(progressText).toBeVisible();
  const boxes = checklist.getByRole('checkbox');
  const total = await boxes.count();
  return {
    checklist,
    boxes,
    total,
    progressText,
    progressBar: checklist.locator('progress'),
    reset: checklist.getByRole('button', { name: /^Reset/ }),
  };
}

async function labelOf(box: Locator): Promise<string> {
  const id = await box.getAttribute('id');
  return (await box.page().locator(`label[for="${id}"]`).innerText()).trim();
}

for (const path of checklistPages) {
  test(`${path}: ticks survive a reload`, async ({ page }) => {
    const { boxes, total, progressText, progressBar } = await openChecklist(page, path);
    expect(total).toBeGreaterThan(3);
    await expect(progressText).toHaveText(`0 of ${total} done`);

    const picked = [0, 2, total - 1];
    for (const index of picked) await page.getByLabel(await labelOf(boxes.nth(index)), { exact: true }).check();
    await expect(progressText).toHaveText(`3 of ${total} done`);
    await expect(progressBar).toHaveJSProperty('value', 3);
    await expect(progressBar).toHaveJSProperty('max', total);

    await page.reload();
    await expect(progressText).toHaveText(`3 of ${total} done`);
    for (let index = 0; index < total; index++) {
      if (picked.includes(index)) await expect(boxes.nth(index)).toBeChecked();
      else await expect(boxes.nth(index)).not.toBeChecked();
    }
  });
}

test('reset clears every tick, the saved progress, and says so politely', async ({ page }) => {
  const { checklist, boxes, total, progressText, reset } = await openChecklist(page, launchPage);
  await expect(reset).toBeDisabled();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(reset).toBeEnabled();

  await reset.click();
  await expect(progressText).toHaveText(`0 of ${total} done`);
  for (let index = 0; index < total; index++) await expect(boxes.nth(index)).not.toBeChecked();
  const announcer = checklist.getByRole('status');
  await expect(announcer).toHaveText(`Program launch checklist reset. 0 of ${total} done.`);
  await expect(announcer).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('checklist')))).toEqual([]);

  await page.reload();
  await expect(progressText).toHaveText(`0 of ${total} done`);
});

test('works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  const { boxes, total, progressText, reset } = await openChecklist(page, launchPage);
  const first = boxes.nth(0);

  // Tab from the top of the page until the first checkbox has focus.
  for (let presses = 0; presses < 300 && !(await first.evaluate((box) => box === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  expect(await first.evaluate((box) => box.matches(':focus-visible'))).toBe(true);
  expect(await first.evaluate((box) => getComputedStyle(box).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(progressText).toHaveText(`2 of ${total} done`);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(progressText).toHaveText(`1 of ${total} done`);

  // The reset button sits just before the list.
  await page.keyboard.press('Shift+Tab');
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(progressText).toHaveText(`0 of ${total} done`);
});

test('ignores damaged saved data and keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    localStorage.setItem('partner-playbook:checklist:program-launch', '{"version":1,"checked":[42,');
  });
  const { boxes, total, progressText } = await openChecklist(page, launchPage);
  await expect(progressText).toHaveText(`0 of ${total} done`);
  await boxes.nth(0).check();
  await expect(progressText).toHaveText(`1 of ${total} done`);
  expect(errors).toEqual([]);
});

// Starlight's own theme script throws here too, so this test checks behaviour rather than the error log:
// an unguarded storage access would stop the element before it shows the note or counts ticks.
test('still ticks when the browser blocks storage, and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const { checklist, boxes, total, progressText } = await openChecklist(page, launchPage);
  await expect(checklist.getByText(/not letting this page save data/)).toBeVisible();
  await boxes.nth(0).check();
  await expect(progressText).toHaveText(`1 of ${total} done`);
});

test('keeps the items in the search index and the controls out of it', async ({ page }) => {
  const { checklist } = await openChecklist(page, launchPage);
  const status = checklist.locator('[data-checklist-status]');
  await expect(status).toHaveAttribute('data-pagefind-ignore', 'all');
  const ignoredAncestors = await checklist
    .locator('label.pp-checklist__text')
    .first()
    .evaluate((label) => Boolean(label.closest('[data-pagefind-ignore]')));
  expect(ignoredAncestors).toBe(false);
});

test('prints with the boxes visible and the buttons hidden', async ({ page }) => {
  const { boxes, reset } = await openChecklist(page, launchPage);
  await boxes.nth(0).check();
  await page.emulateMedia({ media: 'print' });
  await expect(reset).toBeHidden();
  const box = await boxes.nth(1).boundingBox();
  expect(box?.width).toBeGreaterThan(8);
  expect(await boxes.nth(1).evaluate((input) => getComputedStyle(input).borderTopStyle)).toBe('solid');
});
