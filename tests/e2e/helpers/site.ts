/** Facts about the built sites that several browser tests need. */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { readPageInventory, type PageRecord } from '../../../src/build/page-inventory';
import { builtPages } from '../../dist/checks';

export const projectRoot = resolve(import.meta.dirname, '../../..');

/** Every page's path, title and audience, read from the source frontmatter. */
export function inventory(): PageRecord[] {
  return readPageInventory(projectRoot);
}

/** Site-relative paths listed in a build's sitemap (the site URL differs between builds). */
export function sitemapPaths(outDir: 'dist' | 'dist-partner'): string[] {
  const dir = join(projectRoot, outDir);
  const files = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
}

/** Every built HTML file of a build, as [site path, contents] (the walk lives in tests/dist/checks.ts). */
export function builtHtml(outDir: 'dist' | 'dist-partner'): [string, string][] {
  return builtPages(join(projectRoot, outDir)).map((page) => [page.url, page.html]);
}

export interface IndexedFragment {
  url: string;
  title: string;
  content: string;
}

/** Pagefind's per-page records (gzip-compressed JSON after a signature line). */
export function searchFragments(outDir: 'dist' | 'dist-partner'): IndexedFragment[] {
  const dir = join(projectRoot, outDir, 'pagefind/fragment');
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; meta: { title?: string }; content: string };
    return { url: data.url, title: data.meta.title ?? '', content: data.content };
  });
}

/**
 * Diagrams draw when they come near the screen. Scrolls each one into view in turn and waits
 * until every diagram on the page has been drawn (or replaced by its error box).
 */
export async function drawAllDiagrams(page: import('@playwright/test').Page): Promise<void> {
  const figures = page.locator('figure.pp-diagram');
  const count = await figures.count();
  if (count === 0) return;
  for (let index = 0; index < count; index += 1) await figures.nth(index).scrollIntoViewIfNeeded();
  await page.locator('html[data-diagrams="drawn"]').waitFor({ timeout: 20_000 });
}
