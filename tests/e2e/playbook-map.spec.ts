/**
 * The generated playbook map on the built site. Expectations come from the pages' own
 * frontmatter in content/docs, so the tests keep holding as pages are added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pathForFile, readFrontmatter } from '../../src/build/page-inventory';
import { buildPlaybookMap, pageCountText, type MapPageInput } from '../../src/lib/playbook-map';
import { partnerTypes, stages } from '../../src/lib/taxonomy';

const mapPath = '/reference/playbook-map/';
const contentDir = join(process.cwd(), 'content/docs');

/** Every page's frontmatter as the map sees it (drafts are not published). */
function sitePages(): MapPageInput[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')),
  );
  return files.flatMap((file) => {
    const data = readFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
    if (data['draft'] === true) return [];
    return [
      {
        href: pathForFile(file),
        title: String(data['title'] ?? ''),
        partnerTypes: (data['partnerTypes'] ?? []) as MapPageInput['partnerTypes'],
        stages: (data['stages'] ?? []) as MapPageInput['stages'],
      },
    ];
  });
}

const pages = sitePages();
const expected = buildPlaybookMap(pages);
const published = new Set(pages.map((page) => page.href));

const cellLinks = (page: Page, type: string, stage: string) =>
  page.locator(`tr[data-partner-type="${type}"] td[data-stage="${stage}"] a`);

test('every link in the map resolves', async ({ page }) => {
  await page.goto(mapPath);
  const hrefs = await page.locator('.pp-map a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const pagesLinked = [...new Set(hrefs.filter((href) => !href.startsWith('#')))];
  expect(pagesLinked.length).toBeGreaterThan(0);
  for (const href of pagesLinked) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  // The "jump to" links land on the row headers.
  const anchors = hrefs.filter((href) => href.startsWith('#'));
  expect(anchors).toHaveLength(partnerTypes.length);
  for (const anchor of anchors) await expect(page.locator(`${anchor}[scope="row"]`)).toHaveCount(1);
});

test('a known cell lists a known page', async ({ page }) => {
  await page.goto(mapPath);
  // content/docs/checklists/partner-onboarding.mdx lists the reseller type and the activate stage.
  await expect(
    cellLinks(page, 'reseller', 'activate').filter({ hasText: 'Partner onboarding checklist' }),
  ).toHaveAttribute('href', '/checklists/partner-onboarding/');
  // content/docs/templates/partnership-agreement.mdx covers every type at the identify stage.
  for (const type of partnerTypes) {
    await expect(cellLinks(page, type, 'identify').filter({ hasText: 'Partnership agreement term sheet' })).toHaveCount(
      1,
    );
  }
});

test('each cell lists exactly the pages whose frontmatter names its type and stage', async ({ page }) => {
  await page.goto(mapPath);
  for (const row of expected.rows) {
    for (const cell of row.cells) {
      const shown = await cellLinks(page, row.partnerType, cell.stage).evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')),
      );
      expect(shown, `${row.partnerType} × ${cell.stage}`).toEqual(cell.pages.map((entry) => entry.href));
    }
  }
});

test('headers show page counts and link to the type and stage pages that exist', async ({ page }) => {
  await page.goto(mapPath);
  for (const row of expected.rows) {
    const header = page.locator(`tr[data-partner-type="${row.partnerType}"] th[scope="row"]`);
    await expect(header).toContainText(row.label);
    await expect(header).toContainText(pageCountText(row.pageCount));
    const href = `/partner-types/${row.partnerType}/`;
    await expect(header.getByRole('link')).toHaveCount(published.has(href) ? 1 : 0);
  }
  for (const column of expected.columns) {
    const header = page.locator(`th[scope="col"][data-stage="${column.stage}"]`);
    await expect(header).toContainText(column.label);
    await expect(header).toContainText(pageCountText(column.pageCount));
    const href = `/lifecycle/${column.stage}/`;
    await expect(header.getByRole('link')).toHaveCount(published.has(href) ? 1 : 0);
  }
  await expect(page.getByText(`${pageCountText(expected.mappedPageCount)} on the map`)).toBeVisible();
});

test('is an accessible table in a labelled region a keyboard can reach', async ({ page }) => {
  await page.goto(mapPath);
  const region = page.getByRole('region', { name: /Playbook map/ });
  const table = region.getByRole('table', { name: /Playbook map/ });
  await expect(table).toBeVisible();
  await expect(table.locator('th[scope="col"]')).toHaveCount(stages.length + 1);
  await expect(table.locator('th[scope="row"]')).toHaveCount(partnerTypes.length);

  for (let presses = 0; presses < 300 && !(await region.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(region).toBeFocused();
});

test('scrolls inside its own region on a phone instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(mapPath);
  const region = page.getByRole('region', { name: /Playbook map/ });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
});
