#!/usr/bin/env node
/**
 * Serves a built site the way a production static host would: the security headers from the
 * build's `_headers` file on every response, `/path/` → `/path/index.html`, and the site's
 * 404 page with status 404. Used by the browser tests so everything runs under the real CSP.
 *
 *   node scripts/serve.mjs dist 4321
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const [root = 'dist', port = '4321'] = process.argv.slice(2);
const base = resolve(root);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Reads the `/*` block of a Netlify-style _headers file. */
function readHeaders() {
  const file = join(base, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]] = match[2];
  }
  return headers;
}

function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(base, path);
  if (!candidate.startsWith(base)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const securityHeaders = readHeaders();

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  // A directory without its trailing slash redirects, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && resolveFile(`${url.pathname}/`)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(base, '404.html');
  response.writeHead(status, { 'Content-Type': types[extname(body)] ?? 'application/octet-stream' });
  response.end(request.method === 'HEAD' ? undefined : readFileSync(body));
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${base} at http://localhost:${port}/`);
});
