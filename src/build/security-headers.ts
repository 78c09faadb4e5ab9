/**
 * Content Security Policy and the other security headers, computed from the built HTML.
 *
 * Scripts are allowed only from this origin and by the SHA-256 hash of each inline script the
 * build emits (Starlight's theme and sidebar scripts, Astro's small module scripts), so a new or
 * changed inline script can never be forgotten: the hashes are taken from the files themselves.
 * Styles allow 'unsafe-inline' because mermaid injects <style> elements at run time and Starlight's
 * code blocks use style attributes; scripts never do.
 *
 * Every HTML file gets a <meta http-equiv="Content-Security-Policy"> and the build writes
 * `_headers` (Netlify, Cloudflare Pages) and `nginx-security-headers.conf` beside the pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Inline scripts the browser executes: no src, and a JavaScript (or module) type. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
  scriptHashes: Iterable<string>;
  /** Only a header can carry frame-ancestors; browsers ignore it (and complain) in a meta tag. */
  forHeader: boolean;
}

export function contentSecurityPolicy({ scriptHashes, forHeader }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind compiles its WebAssembly search engine; that needs wasm-unsafe-eval, not unsafe-eval.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (forHeader) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export const otherSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function headerSet(scriptHashes: Iterable<string>): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ scriptHashes, forHeader: true }),
    ...otherSecurityHeaders,
  };
}

/**
 * How long browsers may keep files, by path. Files named by a hash of their content never change
 * under the same name, so they are kept for a year: Astro's assets, and Pagefind's index chunks,
 * result fragments and filter files, which a search session would otherwise fetch again with each
 * query. The site icon keeps its name across builds, so it is kept for a day; without a lifetime,
 * browsers fetch it again each time the search page writes the query to the address.
 */
export const cacheRules: readonly { readonly path: string; readonly cacheControl: string }[] = [
  ...['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*'].map((path) => ({
    path,
    cacheControl: 'public, max-age=31536000, immutable',
  })),
  { path: '/favicon.svg', cacheControl: 'public, max-age=86400' },
];

/** Netlify / Cloudflare Pages `_headers` format: security headers everywhere, long caching for hashed assets. */
export function headersFile(headers: Record<string, string>): string {
  const block = (path: string, values: Record<string, string>) => [
    path,
    ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return [
    ...block('/*', headers),
    ...cacheRules.flatMap(({ path, cacheControl }) => block(path, { 'Cache-Control': cacheControl })),
    '',
  ].join('\n');
}

export function nginxSnippet(headers: Record<string, string>): string {
  return [
    '# Include inside the server {} block that serves this build.',
    ...Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}

/** Adds the page's own policy as the first element of <head>, before any script can run. */
export function withMetaPolicy(html: string): string {
  const policy = contentSecurityPolicy({ scriptHashes: inlineScripts(html).map(sha256Source), forHeader: false });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'partner-playbook:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const allHashes = new Set<string>();
        const files = htmlFiles(outDir);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          for (const script of inlineScripts(html)) allHashes.add(sha256Source(script));
          writeFileSync(file, withMetaPolicy(html));
        }
        const headers = headerSet(allHashes);
        writeFileSync(join(outDir, '_headers'), headersFile(headers));
        writeFileSync(join(outDir, 'nginx-security-headers.conf'), nginxSnippet(headers));
        logger.info(`CSP added to ${files.length} pages; ${allHashes.size} inline script hashes in _headers.`);
      },
    },
  };
}
