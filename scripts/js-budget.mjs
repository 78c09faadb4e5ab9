#!/usr/bin/env node
/**
 * Prints how much JavaScript (gzip) each built page loads up front, and what each tool page adds
 * beyond a plain content page. The budget for a tool page is 12 KB gzip beyond the plain page.
 *
 *   node scripts/js-budget.mjs [--dist dist] [--plain /reference/glossary/] [--budget 12288]
 *
 * The plain page defaults to the glossary (an ordinary docs page with a table of contents and no
 * calculator); without it the 404 page is used, which ships less and so makes the check stricter.
 *
 * Counted: every <script> on the page (inline text, or the file its src names) and every file
 * those scripts import statically, each file once. Not counted: dynamic import() targets such
 * as mermaid, which load only on pages with a diagram and only after the page is usable.
 * Exits 1 when a /tools/ page goes over the budget.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const dist = resolve(option('dist', 'dist'));
const plainPath = option(
  'plain',
  existsSync(join(dist, 'reference/glossary/index.html')) ? '/reference/glossary/' : '/404/',
);
const budget = Number(option('budget', String(12 * 1024)));

if (!existsSync(dist)) {
  console.error(`No build at ${dist}: run \`npm run build\` first.`);
  process.exit(2);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/i;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
// Static imports and re-exports in minified ES modules; `import(` (dynamic) is left out on purpose.
const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*$]+\s*,?\s*)?(?:\{[^}]*\}\s*)?(?:\*\s*as\s*[\w$]+\s*)?(?:from\s*)?["']([^"']+\.m?js)["']/g;

const gzip = (text) => gzipSync(text, { level: 9 }).length;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function urlOf(file) {
  const path = `/${relative(dist, file).replaceAll('\\', '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.replace(/\.html$/, '/');
}

/** Every JavaScript text a page loads up front, keyed by file path (or a label for inline code). */
function pageScripts(file) {
  const html = readFileSync(file, 'utf8');
  const texts = new Map();
  const queue = [];
  let inline = 0;
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    const type = TYPE.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = SRC.exec(attributes)?.[1];
    if (src) {
      if (!/^https?:/.test(src)) queue.push(join(dist, src.split('?')[0]));
    } else if (body.trim()) {
      const key = `inline #${++inline}`;
      texts.set(key, body);
      for (const [, specifier] of body.matchAll(STATIC_IMPORT)) queue.push(resolveSpecifier(specifier, file, true));
    }
  }
  while (queue.length > 0) {
    const path = queue.shift();
    if (!path || texts.has(path) || !existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    texts.set(path, text);
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) queue.push(resolveSpecifier(specifier, path, false));
  }
  return texts;
}

function resolveSpecifier(specifier, from, fromHtml) {
  if (/^https?:/.test(specifier)) return undefined;
  if (specifier.startsWith('/')) return join(dist, specifier);
  return resolve(fromHtml ? dirname(from) : dirname(from), specifier);
}

const pages = htmlFiles(dist).map((file) => {
  const scripts = pageScripts(file);
  const texts = [...scripts.values()];
  return {
    url: urlOf(file),
    files: scripts.size,
    raw: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    gzip: texts.reduce((sum, text) => sum + gzip(text), 0),
  };
});

const plain = pages.find((page) => page.url === plainPath);
if (!plain) {
  console.error(`No page ${plainPath} in ${dist}; pass --plain with a plain content page's URL.`);
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = pages
  .filter((page) => page.url.startsWith('/tools/') || page.url === plainPath)
  .sort((a, b) => a.url.localeCompare(b.url));
const width = Math.max(...rows.map((page) => page.url.length), 10);
console.log(`JavaScript loaded up front (gzip level 9), budget ${kb(budget)} beyond ${plainPath}\n`);
console.log(`${'page'.padEnd(width)}  files      raw     gzip   beyond plain`);
let over = false;
for (const page of rows) {
  const extra = page.gzip - plain.gzip;
  const flag = page.url.startsWith('/tools/') && extra > budget ? '  OVER BUDGET' : '';
  over ||= flag !== '';
  console.log(
    `${page.url.padEnd(width)}  ${String(page.files).padStart(5)}  ${kb(page.raw).padStart(8)}  ${kb(page.gzip).padStart(7)}  ${(page === plain ? 'baseline' : `${extra >= 0 ? '+' : ''}${kb(extra)}`).padStart(12)}${flag}`,
  );
}
process.exit(over ? 1 : 0);
