import { expect, test } from '@playwright/test';
import { builtHtml, inventory, searchFragments, sitemapPaths } from './helpers/site';

/**
 * The partner build must not contain team-only material in any form: no page, no link,
 * no sidebar entry, no search record.
 */
const pages = inventory();
const teamOnly = pages.filter((page) => !page.audience.includes('partner'));
const partnerPages = pages.filter((page) => page.audience.includes('partner') && page.path !== '/404/');

test('the partner build publishes the partner pages', () => {
  const published = sitemapPaths('dist-partner');
  for (const page of partnerPages) expect(published, `${page.file} should be published`).toContain(page.path);
});

test('no team-only page, link or search record is in the partner build', () => {
  expect(teamOnly.length, 'the source should have team-only pages to keep out').toBeGreaterThan(0);
  const html = builtHtml('dist-partner');
  const fragments = searchFragments('dist-partner');
  const published = sitemapPaths('dist-partner');
  for (const page of teamOnly) {
    expect(published, `${page.file} is in the partner sitemap`).not.toContain(page.path);
    for (const [file, source] of html) {
      expect(source.includes(`href="${page.path}"`), `${file} links to team-only ${page.path}`).toBe(false);
      expect(source.includes(`<title>${page.title} |`), `${file} is the team-only page ${page.title}`).toBe(false);
    }
    for (const fragment of fragments) {
      expect(fragment.url, `search index holds ${page.path}`).not.toBe(page.path);
      expect(fragment.title, `search index holds "${page.title}"`).not.toBe(page.title);
    }
  }
});

test('a team-only address answers 404 on the partner site', async ({ page }) => {
  const response = await page.goto(teamOnly[0]?.path ?? '/');
  expect(response?.status()).toBe(404);
});
