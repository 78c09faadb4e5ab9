import { expect, test } from '@playwright/test';
import { builtHtml, drawAllDiagrams, sitemapPaths } from './helpers/site';

test.describe('every page of the team site', () => {
  const paths = sitemapPaths('dist');

  test('the sitemap lists every built page, and only built pages', () => {
    const built = builtHtml('dist')
      .map(([path]) => path)
      .filter((path) => path !== '/404.html');
    expect(paths).toContain('/');
    expect([...paths].sort()).toEqual([...built].sort());
  });

  for (const path of paths) {
    test(`${path} answers 200 with one h1, no console errors and nothing from another origin`, async ({
      page,
      baseURL,
    }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
          foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});

test.describe('diagrams', () => {
  test('draw with an accessible name and redraw in the other theme', async ({ page }) => {
    await page.goto('/');
    await drawAllDiagrams(page);
    const diagram = page.getByRole('img', { name: 'Partnership lifecycle loop' });
    await expect(diagram).toBeVisible();
    const nodeFill = () =>
      diagram
        .locator('.node rect, .node polygon, .node path')
        .first()
        .evaluate((node) => getComputedStyle(node).fill);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Select theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.pp-diagram__canvas[data-theme="default"]').first()).toBeVisible();
    const lightFill = await nodeFill();

    await page.getByLabel('Select theme').selectOption('dark');
    await expect(page.locator('.pp-diagram__canvas[data-theme="dark"]').first()).toBeVisible();
    const darkFill = await nodeFill();
    expect(darkFill).not.toBe(lightFill);
  });

  test('wait until they are near the screen, and keep their source text out of the search index', async ({ page }) => {
    await page.goto('/');
    // Below the fold, nothing is drawn and mermaid is not fetched yet.
    await expect(page.locator('html')).toHaveAttribute('data-diagrams', 'waiting');
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/<pre class="mermaid" data-pagefind-ignore="all"/);
  });

  test('load mermaid only on pages that have a diagram', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/404/');
    await page.waitForLoadState('networkidle');
    const withoutDiagram = [...scripts];
    scripts.length = 0;
    await page.goto('/');
    await drawAllDiagrams(page);
    const onlyOnDiagramPage = scripts.filter((path) => !withoutDiagram.includes(path));
    // The diagram page fetches extra chunks (mermaid and its diagram types); the other page fetched none of them.
    expect(onlyOnDiagramPage.length).toBeGreaterThan(0);
    expect(onlyOnDiagramPage.some((path) => /mermaid/i.test(path))).toBe(true);
  });

  test('fetch mermaid only after the page is usable', async ({ page }) => {
    await page.goto('/');
    await drawAllDiagrams(page);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mermaid = performance.getEntriesByType('resource').find((entry) => /mermaid\.(core|esm)/.test(entry.name));
      return { ready: navigation.domContentLoadedEventEnd, mermaidStart: mermaid?.startTime ?? -1 };
    });
    expect(timing.mermaidStart).toBeGreaterThanOrEqual(timing.ready);
  });

  test('a diagram that cannot be drawn shows a readable error in its place', async ({ page }) => {
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('quadrantChart', 'quadrantChart\n  this is not mermaid syntax ][');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await drawAllDiagrams(page);
    const error = page.locator('.pp-diagram-error');
    await expect(error).toContainText('The diagram “Partner value matrix” could not be drawn.');
    await expect(error.locator('pre')).toContainText('this is not mermaid syntax');
    // The other diagram on the page still draws.
    await expect(page.getByRole('img', { name: 'Partnership lifecycle loop' })).toBeVisible();
  });
});

test('the header search finds a page by a word in its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: 'Search' }).fill('quadrant');
  await expect(dialog.getByRole('link', { name: /Partner Playbook/ }).first()).toBeVisible();
});
