import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, inventory, projectRoot, searchFragments, sitemapPaths } from './helpers/site';

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

test('llms-full.txt holds team-only pages in the team build and none in the partner build', () => {
  const headings = (build: 'dist' | 'dist-partner') =>
    new Set(
      readFileSync(join(projectRoot, build, 'llms-full.txt'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('# '))
        .map((line) => line.slice(2).trim()),
    );
  const team = headings('dist');
  const partner = headings('dist-partner');
  for (const page of teamOnly) {
    expect(team.has(page.title), `${page.title} missing from the team llms-full.txt`).toBe(true);
    expect(partner.has(page.title), `${page.title} is in the partner llms-full.txt`).toBe(false);
  }
  const hubPage = partnerPages.find((page) => page.path.startsWith('/hub/'));
  expect(hubPage && partner.has(hubPage.title)).toBe(true);
});

test('a team-only address answers 404 on the partner site', async ({ page }) => {
  const response = await page.goto(teamOnly[0]?.path ?? '/');
  expect(response?.status()).toBe(404);
});

test('a "See …" pointer whose links all went to team-only pages is dropped, not left pointing at nothing', () => {
  const html = new Map(builtHtml('dist-partner'));
  // The glossary's OEM entry ends "See OEM and white-label partners." in the team build only.
  const glossary = html.get('/reference/glossary/') ?? '';
  expect(builtHtml('dist').find(([path]) => path === '/reference/glossary/')?.[1]).toContain(
    'See <a href="/partner-types/oem/">OEM and white-label partners</a>.',
  );
  expect(glossary).toContain('Value shows up as embedded revenue, usually after a year or more.</p>');
  expect(glossary).not.toContain('OEM and white-label partners');
  // A pointer that still has a live link lists only what a partner can open.
  expect(glossary).toContain('See the <a href="/tools/commission/">commission calculator</a>.');
  for (const [path, source] of html) {
    const dead = /(?:^|[.!?]\s+|\()[Ss]ee\s(?:the\s)?<span>/m.exec(source);
    expect(dead?.[0], `${path} points at a removed team-only link`).toBeUndefined();
  }
});
