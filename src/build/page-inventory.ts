/**
 * Reads every page's frontmatter straight from content/docs at config time, before Astro's
 * content layer runs, so build-time plugins know which URLs each build publishes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export interface PageRecord {
  /** Source file relative to the project root, e.g. content/docs/tools/commission.mdx */
  file: string;
  /** Site path with leading and trailing slash, e.g. /tools/commission/ */
  path: string;
  title: string;
  audience: string[];
}

const pageExtension = /\.mdx?$/;

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(full);
    return pageExtension.test(entry.name) && !entry.name.startsWith('_') ? [full] : [];
  });
}

/** Starlight's URL for a file: lower-case path without extension, `index` standing for its folder. */
export function pathForFile(relativeFile: string): string {
  const withoutExtension = relativeFile.split(sep).join('/').replace(pageExtension, '').toLowerCase();
  const slug = withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
  return slug === '' ? '/' : `/${slug}/`;
}

export function readFrontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) return {};
  const data: unknown = parse(match[1]);
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

export function readPageInventory(root: string, contentDir = 'content/docs'): PageRecord[] {
  const base = join(root, contentDir);
  return listPages(base).map((full) => {
    const data = readFrontmatter(readFileSync(full, 'utf8'));
    return {
      file: relative(root, full).split(sep).join('/'),
      path: pathForFile(relative(base, full)),
      title: typeof data['title'] === 'string' ? data['title'] : '',
      audience: Array.isArray(data['audience']) ? data['audience'].map(String) : [],
    };
  });
}
