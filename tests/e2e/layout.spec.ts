import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers/site';

/** Every page reads on a phone and prints on A4 and Letter paper. */
test.describe('on a phone (375 px wide)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of sitemapPaths('dist')) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(1);
    });
  }
});

const paper = [
  { format: 'A4', width: 794 },
  { format: 'Letter', width: 816 },
] as const;
const printed = [
  '/partner-types/reseller/',
  '/tools/commission/',
  '/checklists/program-launch/',
  '/templates/battle-card/',
  '/',
];

for (const { format, width } of paper) {
  test.describe(`printed on ${format}`, () => {
    test.use({ viewport: { width, height: 1123 } });

    for (const path of printed) {
      test(`${path} prints the content without the site chrome and fits the page width`, async ({ page }) => {
        await page.goto(path);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('h1')).toBeVisible();
        // Starlight keeps the site title in print; search, theme switch, sidebar and contents go.
        await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
        await expect(page.locator('nav.sidebar')).toBeHidden();
        await expect(page.locator('.right-sidebar-container')).toBeHidden();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
      });
    }
  });
}
