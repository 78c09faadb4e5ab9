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

test('with a query, each filter shows how many of its results it would keep', async ({ page }) => {
  await page.goto('/search/?q=commission');
  await expect(status(page)).toContainText(/^(\d+) pages match “commission”/);
  const total = Number((await status(page).textContent())?.match(/^(\d+)/)?.[1]);
  const team = Number((await page.locator('[data-count-for="audience:team"]').textContent())?.replace(/\D/g, ''));
  // Every page about commission is for the team; the count was 0 when Pagefind had not loaded the filters.
  expect(team).toBeGreaterThan(0);
  expect(team).toBeLessThanOrEqual(total);
});

test('results past the first few load as the reader scrolls to them, then "Show more results"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/search/?q=partner');
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(results(page)).toHaveCount(3);
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(more).toBeHidden();
  // Each result that comes into view brings the next, until the first page of 12 is in.
  await expect(async () => {
    await results(page).last().scrollIntoViewIfNeeded();
    await expect(results(page)).toHaveCount(12, { timeout: 500 });
  }).toPass();
  await more.click();
  await expect(results(page).nth(12).locator('a.pp-result__title')).toBeFocused();
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
  await dialog.getByRole('searchbox', { name: 'Search' }).fill('deal registration');
  const link = dialog.getByRole('link', { name: 'Open the full search with filters' });
  await expect(link).toHaveAttribute('href', '/search/?q=deal+registration');
  await link.click();
  await expect(page).toHaveURL(/\/search\/\?q=deal\+registration$/);
  await expect(results(page).first()).toBeVisible();
});

test('a question with few pages matching every word adds pages matching most of them, and says so', async ({
  page,
}) => {
  await page.goto('/search/?q=battle+card+clawback');
  await expect(status(page)).toContainText(/Only \d pages? match(es)? every word of “battle card clawback”/);
  await expect(status(page)).toContainText('matching most of the words');
  await expect(results(page).filter({ hasText: 'Matches 2 of 3 words' }).first()).toBeVisible();
  // Every page matching all the words comes before any page matching only some of them.
  const partial = await results(page).evaluateAll((items) => items.map((item) => item.hasAttribute('data-partial')));
  expect(partial.indexOf(true)).toBeGreaterThan(0);
  expect(partial.slice(partial.indexOf(true)).every(Boolean)).toBe(true);
});

test('a search that finds nothing suggests glossary terms and the main pages', async ({ page }) => {
  // Pagefind retries an unknown word with ever shorter starts ("xyzzy" → "X"); those are not matches.
  await page.goto('/search/?q=xyzzy+qqq');
  await expect(status(page)).toContainText('No pages match “xyzzy qqq”');
  const suggestions = page.locator('[data-suggestions]');
  await expect(suggestions.getByText('Glossary terms')).toBeVisible();
  await expect(suggestions.locator('a[href^="/reference/glossary/#"]').first()).toBeVisible();
  await expect(suggestions.getByText('Main pages')).toBeVisible();
  await suggestions.getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(page).toHaveURL(/\/reference\/glossary\/$/);
});

// Enter opens the top result for what is in the box: before that search has run, and even before
// the part of the header search that searches has arrived (a slow connection, simulated by a delay).
for (const delay of [0, 1_000]) {
  test(`Enter in the header search opens the top result for what is in the box (search code ${delay} ms late)`, async ({
    page,
  }) => {
    await page.route('**/_astro/header-search-panel.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog').getByRole('searchbox', { name: 'Search' });
    await input.fill('battle card');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/templates\/battle-card\/$/);
  });
}

test('the header search answers questions with the same rules as the search page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('searchbox', { name: 'Search' });
  await expect(input).toBeFocused();
  await input.fill('how do I register a deal');
  await expect(dialog.getByRole('status')).toContainText('match “how do I register a deal”');
  await expect(dialog.getByRole('link', { name: 'Deal registration', exact: true }).first()).toBeVisible();
  await input.fill('battle card clawback');
  await expect(dialog.getByRole('status')).toContainText('matching most of the words');
  await expect(dialog.getByText('Matches 2 of 3 words').first()).toBeVisible();
  await input.fill('xyzzy');
  await expect(dialog.getByRole('status')).toContainText('No pages match “xyzzy”');
  await expect(dialog.getByRole('link', { name: 'Glossary', exact: true })).toBeVisible();
});
