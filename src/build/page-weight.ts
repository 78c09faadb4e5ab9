/**
 * How much JavaScript a built page makes the browser fetch before it is usable: every
 * <script src> and inline script in the HTML plus the chunks they import statically, gzipped.
 * Dynamic import() targets (mermaid, Pagefind) are listed separately: they load later, on demand.
 * Used by the byte-budget tests (tests/dist/budgets.test.ts) and the benchmark (scripts/bench.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * JavaScript budgets (gzip), held by tests/dist/budgets.test.ts and printed by the benchmark:
 * 6 KB from the quality issue plus 0.5 KB for the header search's loader on every page (issue 13;
 * the search engine itself loads only when the search box gets focus), 2 KB more for a page's
 * diagram loader, and 12 KB more for a calculator than a content page of the same kind.
 */
export const jsBudgets = { contentPage: 6.5 * KB, diagramLoader: 2 * KB, toolExtra: 12 * KB } as const;

export interface PageWeight {
  /** Site-relative URLs of the scripts loaded up front (entry scripts and static imports). */
  scripts: string[];
  /** gzip bytes of those scripts plus the page's inline scripts. */
  gzipBytes: number;
  /** Site-relative URLs only reachable through dynamic import(). */
  lazyScripts: string[];
}

const staticImport = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const exportFrom = /export\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g;
const dynamicImport = /import\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

function resolveChunk(fromUrl: string, specifier: string): string | undefined {
  if (specifier.startsWith('/')) return specifier;
  if (specifier.startsWith('.')) return resolve(dirname(fromUrl), specifier);
  return undefined;
}

export function pageWeight(distDir: string, html: string): PageWeight {
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((match) => match[1] ?? '');
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const loaded = new Set<string>();
  const lazy = new Set<string>();
  const visit = (url: string) => {
    if (loaded.has(url)) return;
    const file = join(distDir, url);
    if (!existsSync(file)) return;
    loaded.add(url);
    const source = readFileSync(file, 'utf8');
    for (const pattern of [staticImport, exportFrom]) {
      for (const match of source.matchAll(pattern)) {
        const target = resolveChunk(url, match[1] ?? '');
        if (target) visit(target);
      }
    }
    for (const match of source.matchAll(dynamicImport)) {
      const target = resolveChunk(url, match[1] ?? '');
      if (target) lazy.add(target);
    }
  };
  for (const entry of entries) visit(entry);
  const inlineSource = inline.join('\n');
  for (const match of inlineSource.matchAll(staticImport)) {
    const target = resolveChunk('/', match[1] ?? '');
    if (target) visit(target);
  }
  const scripts = [...loaded];
  const gzipBytes =
    scripts.reduce((sum, url) => sum + gzipSize(readFileSync(join(distDir, url))), 0) +
    (inlineSource.trim() ? gzipSize(inlineSource) : 0);
  return { scripts, gzipBytes, lazyScripts: [...lazy].filter((url) => !loaded.has(url)) };
}
