import { expect, test, type Page } from '@playwright/test';
import { inventory } from './helpers/site';

const partnerPaths = new Set(
  inventory()
    .filter((page) => page.audience.includes('partner'))
    .map((page) => page.path),
);

const results = (page: Page) => page.locator('[data-results] > li');
const status = (page: Page) => page.getByRole('status');
const resultPaths = async (page: Page) =>
  await results(page)
    .locator('a.pp-result__title')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));

test('a shared search link runs the search it describes', async ({ page }) => {
  await page.goto('/search/?q=reseller+margin&stage=scale');
  await expect(page.getByLabel('Search the playbook')).toHaveValue('reseller margin');
  await expect(page.getByRole('checkbox', { name: /^Scale/ })).toBeChecked();
  await expect(status(page)).toContainText('match “reseller margin” with the chosen filters');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('.pp-result__where')).toContainText('›');
});

test('typing and ticking filters write the search into the address', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the playbook').fill('commission');
  await expect(page).toHaveURL(/\?q=commission$/);
  await page.getByRole('checkbox', { name: /^Reseller \/ channel/ }).check();
  await expect(page).toHaveURL(/\?q=commission&type=reseller$/);
  await expect(results(page).first()).toBeVisible();
});

test('the partner audience filter removes team-only pages', async ({ page }) => {
  await page.goto('/search/?q=tier');
  await expect(results(page).first()).toBeVisible();
  const unfiltered = await resultPaths(page);
  expect(
    unfiltered.some((path) => !partnerPaths.has(path)),
    'the query should find team pages too',
  ).toBe(true);

  await page.getByRole('checkbox', { name: /^Partners\b/ }).check();
  await expect(page).toHaveURL(/audience=partner/);
  await expect(status(page)).toContainText('with the chosen filters');
  const filtered = await resultPaths(page);
  expect(filtered.length).toBeGreaterThan(0);
  for (const path of filtered) expect(partnerPaths.has(path), `${path} is team-only`).toBe(true);
});

test('filters show how many pages each would match', async ({ page }) => {
  await page.goto('/search/');
  const count = page.locator('[data-count-for="stage:activate"]');
  await expect(count).toHaveText(/^\(\d+\)$/);
  expect(Number((await count.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
});

test('no results suggests clearing the filters, and clearing brings results back', async ({ page }) => {
  await page.goto('/search/?q=webinar&type=oem&asset=demo-environment&impact=medium&stage=identify');
  await expect(status(page)).toContainText('Try clearing the filters');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\?q=webinar$/);
  await expect(results(page).first()).toBeVisible();
});

test('unknown filter values and script payloads in the address are reported as text and ignored', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&type=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByText(/is not a partner type this site knows/)).toBeVisible();
  await expect(page.getByLabel('Search the playbook')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(status(page)).not.toBeEmpty();
  expect(dialogs).toBe(0);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
});

test('a search index that fails to load gives a clear message', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto('/search/?q=tiers');
  await expect(status(page)).toContainText('Search is unavailable');
});

test('the search page works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the playbook').focus();
  await page.keyboard.type('battle card');
  await page.keyboard.press('Enter');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Partners\b/ }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/audience=partner/);
  await expect(page.getByRole('checkbox', { name: /^Partners\b/ })).toBeFocused();
});

test('the header search links to the full search page with the same query', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('deal registration');
  const link = dialog.getByRole('link', { name: 'Open the full search with filters' });
  await expect(link).toHaveAttribute('href', '/search/?q=deal+registration');
  await link.click();
  await expect(page).toHaveURL(/\/search\/\?q=deal\+registration$/);
  await expect(results(page).first()).toBeVisible();
});
