/**
 * The generated playbook map on the built site. Expectations come from the pages' own
 * frontmatter in content/docs, read here directly (never from src/lib/playbook-map.ts, the code
 * under test), so the tests keep holding as pages are added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pathForFile, readFrontmatter } from '../../src/build/page-inventory';
import { labels, partnerTypes, stages } from '../../src/lib/taxonomy';

const mapPath = '/reference/playbook-map/';
const contentDir = join(process.cwd(), 'content/docs');

interface SitePage {
  href: string;
  title: string;
  partnerTypes: string[];
  stages: string[];
}

/** Every published page with the partner types and stages its frontmatter lists (drafts are not published). */
function sitePages(): SitePage[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')),
  );
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return files.flatMap((file) => {
    const data = readFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
    if (data['draft'] === true) return [];
    const page = { href: pathForFile(file), title: String(data['title'] ?? '') };
    return [{ ...page, partnerTypes: list(data['partnerTypes']), stages: list(data['stages']) }];
  });
}

const pages = sitePages();
const published = new Set(pages.map((page) => page.href));
/** The pages the map must show: those that list at least one partner type and one stage. */
const mapped = pages.filter((page) => page.partnerTypes.length > 0 && page.stages.length > 0);
const alphabetical = new Intl.Collator('en', { sensitivity: 'base' });
const countText = (count: number) => (count === 1 ? '1 page' : `${count} pages`);

const cellLinks = (page: Page, type: string, stage: string) =>
  page.locator(`tr[data-partner-type="${type}"] td[data-stage="${stage}"] a`);

/** Every cell of the rendered table, keyed "type × stage", with its links in the order shown. */
async function renderedCells(page: Page): Promise<Map<string, { href: string; title: string }[]>> {
  const cells = await page.locator('.pp-map table').evaluate((table) =>
    [...table.querySelectorAll<HTMLElement>('tr[data-partner-type] td[data-stage]')].map((cell) => [
      `${cell.closest('tr')?.dataset['partnerType']} × ${cell.dataset['stage']}`,
      [...cell.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        title: a.textContent ?? '',
      })),
    ]),
  );
  return new Map(cells as [string, { href: string; title: string }[]][]);
}

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

test('every page that lists partner types and stages is linked, by its title, from each of its cells', async ({
  page,
}) => {
  await page.goto(mapPath);
  const cells = await renderedCells(page);
  expect(mapped.length).toBeGreaterThan(0);
  for (const entry of mapped) {
    for (const type of entry.partnerTypes) {
      for (const stage of entry.stages) {
        const links = cells.get(`${type} × ${stage}`) ?? [];
        expect(links, `${entry.href} in ${type} × ${stage}`).toContainEqual({ href: entry.href, title: entry.title });
      }
    }
  }
});

test('each cell lists exactly the pages whose frontmatter names its type and stage, by title', async ({ page }) => {
  await page.goto(mapPath);
  const cells = await renderedCells(page);
  expect([...cells.keys()]).toHaveLength(partnerTypes.length * stages.length);
  for (const type of partnerTypes) {
    for (const stage of stages) {
      const links = cells.get(`${type} × ${stage}`);
      const expected = mapped.filter((entry) => entry.partnerTypes.includes(type) && entry.stages.includes(stage));
      expect(links?.map((link) => link.href).sort(), `${type} × ${stage}`).toEqual(
        expected.map((entry) => entry.href).sort(),
      );
      const titles = links?.map((link) => link.title) ?? [];
      expect(titles, `${type} × ${stage} in alphabetical order`).toEqual([...titles].sort(alphabetical.compare));
    }
  }
});

test('headers show page counts and link to the type and stage pages that exist', async ({ page }) => {
  await page.goto(mapPath);
  for (const type of partnerTypes) {
    const header = page.locator(`tr[data-partner-type="${type}"] th[scope="row"]`);
    await expect(header).toContainText(labels[type]);
    await expect(header).toContainText(countText(mapped.filter((entry) => entry.partnerTypes.includes(type)).length));
    const href = `/partner-types/${type}/`;
    await expect(header.getByRole('link')).toHaveCount(published.has(href) ? 1 : 0);
  }
  for (const stage of stages) {
    const header = page.locator(`th[scope="col"][data-stage="${stage}"]`);
    await expect(header).toContainText(labels[stage]);
    await expect(header).toContainText(countText(mapped.filter((entry) => entry.stages.includes(stage)).length));
    const href = `/lifecycle/${stage}/`;
    await expect(header.getByRole('link')).toHaveCount(published.has(href) ? 1 : 0);
  }
  await expect(page.getByText(`${countText(mapped.length)} on the map`)).toBeVisible();
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
