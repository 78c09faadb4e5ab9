/**
 * The checks run over a built folder. Each returns a list of human-readable problems (empty when
 * all is well), so the real builds can be checked (tests/dist/*.test.ts) and each check can be
 * shown to fail on a deliberately broken folder (tests/unit/quality-gates.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { pageWeight } from '../../src/build/page-weight';
import { inlineScripts, sha256Source } from '../../src/build/security-headers';

export interface BuiltPage {
  url: string;
  file: string;
  html: string;
}

export function filesUnder(dir: string, extension?: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extension);
    return !extension || extension.test(entry.name) ? [path] : [];
  });
}

/** Every HTML file of a built folder with its site URL (dist/tools/x/index.html → /tools/x/). */
export function builtPages(dir: string): BuiltPage[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build:all first.`);
  return filesUnder(dir, /\.html$/).map((file) => {
    const relative = file.slice(dir.length).replace(/index\.html$/, '');
    return { url: relative || '/', file, html: readFileSync(file, 'utf8') };
  });
}

/**
 * The page's own prose: the Markdown content, without what components render from their own data
 * (program tables and updates, link cards, and the `pp-` elements: checklists, calculators,
 * templates), which the Markdown plugin never sees.
 */
export function pageProse(html: string): string {
  const start = html.indexOf('<div class="sl-markdown-content">');
  const main = html.slice(start, html.indexOf('</main>', start));
  return main
    .replace(/<section[^>]*data-program-table[\s\S]*?<\/section>/gi, ' ')
    .replace(/<ul class="pp-program-updates[\s\S]*?<\/ul>/gi, ' ')
    .replace(/<(pp-[a-z-]+)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<div class="sl-link-card[\s\S]*?<\/svg>\s*<\/div>/gi, ' ')
    .replace(/<(script|style|h[1-6]|pre|code|button|summary|label)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[\s\S]*?<\/a>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function targetFile(dir: string, path: string): string | undefined {
  const base = join(dir, decodeURIComponent(path));
  if (existsSync(base) && statSync(base).isFile()) return base;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Internal links, images and scripts that point at no file, and #anchors that point at no id. */
export function brokenReferences(dir: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
      ids.set(file, found);
    }
    return found;
  };
  const problems: string[] = [];
  for (const page of builtPages(dir)) {
    for (const match of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const reference = (match[1] ?? '').replace(/&amp;|&#x26;|&#38;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(reference)) continue; // other origins and mailto: are not ours to check
      const [pathAndQuery = '', hash] = reference.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      const absolute = path === '' ? page.url : new URL(path, `http://site${page.url}`).pathname;
      const file = targetFile(dir, absolute);
      if (!file) problems.push(`${page.url} → ${reference} (no such file)`);
      else if (hash && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(hash))) {
        problems.push(`${page.url} → ${reference} (no id "${hash}")`);
      }
    }
  }
  return problems;
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

/** Expressive Code's code-block markup, which html-validate would judge as ours (see .htmlvalidate.mjs). */
export function withoutCodeBlocks(html: string): string {
  return html.replace(/<div class="expressive-code">[\s\S]*?<\/figure><\/div>/g, '<div class="expressive-code"></div>');
}

/** html-validate with the repository's .htmlvalidate.mjs; one formatted report per failing page. */
export async function invalidHtml(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const page of builtPages(dir)) {
    const report = await validator.validateString(withoutCodeBlocks(page.html), page.file);
    if (!report.valid) problems.push(stylish(report.results));
  }
  return problems;
}

/** Inline scripts missing from their page's CSP meta tag or from the build's _headers file. */
export function unhashedInlineScripts(dir: string): string[] {
  const header = existsSync(join(dir, '_headers')) ? readFileSync(join(dir, '_headers'), 'utf8') : '';
  const problems: string[] = [];
  for (const page of builtPages(dir)) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.html)?.[1];
    if (!policy) {
      problems.push(`${page.url}: no Content-Security-Policy meta tag`);
      continue;
    }
    if (/script-src[^;]*'unsafe-inline'/.test(policy)) problems.push(`${page.url}: script-src allows 'unsafe-inline'`);
    for (const script of inlineScripts(page.html)) {
      const hash = sha256Source(script);
      if (!policy.includes(hash)) problems.push(`${page.url}: inline script ${hash} not in its policy`);
      if (!header.includes(hash)) problems.push(`${page.url}: inline script ${hash} not in _headers`);
    }
  }
  return problems;
}

/** Pages whose up-front JavaScript (gzip) is over `limit(page)` bytes. */
export function overBudget(dir: string, pages: BuiltPage[], limit: (page: BuiltPage) => number): string[] {
  return pages.flatMap((page) => {
    const { gzipBytes } = pageWeight(dir, page.html);
    return gzipBytes > limit(page) ? [`${page.url}: ${gzipBytes} B of JavaScript, budget ${limit(page)} B`] : [];
  });
}

const imageFile = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

/** Every image file of a built folder, by site path, with its size in bytes. */
export function builtImages(dir: string): { path: string; bytes: number }[] {
  return filesUnder(dir, imageFile).map((file) => ({ path: file.slice(dir.length), bytes: statSync(file).size }));
}

/** Image files over `maxBytes`. */
export function oversizedImages(dir: string, maxBytes: number): string[] {
  return builtImages(dir)
    .filter((image) => image.bytes > maxBytes)
    .map((image) => `${image.path}: ${image.bytes} B, budget ${maxBytes} B`);
}

/** The build's images together, when they weigh more than `maxBytes`. */
export function imagesOverTotal(dir: string, maxBytes: number): string[] {
  const images = builtImages(dir);
  const total = images.reduce((sum, image) => sum + image.bytes, 0);
  return total > maxBytes ? [`${images.length} images: ${total} B together, budget ${maxBytes} B`] : [];
}

/**
 * The images a page asks for on this site: `<img src>`, every `srcset` candidate of `<img>` and
 * `<source>`, and icon links. Other origins and data: URLs are not ours to check.
 */
export function imageReferences(page: BuiltPage): string[] {
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;|&#x26;|&#38;/g, '&');
  const references = [...page.html.matchAll(/<(img|source|link)\b[^>]*>/g)].flatMap(([tag, name]) => {
    if (name === 'link') return /\srel="[^"]*\bicon\b/.test(tag) ? [attribute(tag, 'href')] : [];
    const srcset = (attribute(tag, 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]);
    return [name === 'img' ? attribute(tag, 'src') : undefined, ...srcset];
  });
  return references.filter((url): url is string => !!url && !/^(?:[a-z]+:|\/\/)/i.test(url));
}

/** Images referenced by a page (see `imageReferences`) that are not a file in the build. */
export function missingImages(dir: string): string[] {
  return builtPages(dir).flatMap((page) =>
    imageReferences(page).flatMap((reference) => {
      const path = new URL(reference, `http://site${page.url}`).pathname;
      const file = join(dir, decodeURIComponent(path));
      return existsSync(file) && statSync(file).isFile() ? [] : [`${page.url} → ${reference} (no such image)`];
    }),
  );
}
