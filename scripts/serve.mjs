#!/usr/bin/env node
/**
 * Serves a built site the way a production static host would: the headers from the build's
 * `_headers` file (security headers everywhere, long caching for hashed assets), gzip for clients
 * that accept it, `/path/` → `/path/index.html`, and the site's 404 page with status 404.
 * Used by the browser tests (so everything runs under the real CSP) and by the benchmark.
 *
 *   node scripts/serve.mjs dist 4321
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** Reads a Netlify-style _headers file: blocks of a path pattern (`/*`, `/_astro/*`) and indented headers. */
function readHeaderRules() {
  const file = join(base, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header && rules.length > 0) rules[rules.length - 1].headers[header[1]] = header[2];
    else if (line.startsWith('/')) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: {} });
  }
  return rules;
}

const compressible = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(base, path);
  if (!candidate.startsWith(base)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const headerRules = readHeaderRules();

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const rule of headerRules) {
    if (!url.pathname.startsWith(rule.prefix)) continue;
    for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
  }
  // A directory without its trailing slash redirects, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && resolveFile(`${url.pathname}/`)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(base, '404.html');
  const type = types[extname(body)] ?? 'application/octet-stream';
  let content = readFileSync(body);
  const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
  if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    content = gzipSync(content);
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : content);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${base} at http://localhost:${port}/`);
});
