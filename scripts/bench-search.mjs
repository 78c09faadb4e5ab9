#!/usr/bin/env node
/**
 * Search speed and weight, as a reader meets them, for `npm run bench` (scripts/bench.mjs) or on
 * its own against any built folder, to compare builds:
 *
 *   node scripts/bench-search.mjs [dist] [port]
 *
 * For the header search (on a content page) and the full search page it types real questions
 * at 60 ms a key and times the last keystroke to the first result of that query on screen:
 *   - cold: the first query on a freshly loaded page (the index loads when the box gets focus);
 *   - warm: each later query in the same page, median over the set;
 * and counts the bytes transferred for each warm query (index chunks, result fragments).
 * Targets (issue 13): warm median ≤ 150 ms, cold ≤ 400 ms, < 100 KB per query after the first.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const TYPING_DELAY_MS = 60;
const coldQueries = ['deal registration', 'commission', 'battle card', 'mdf approval', 'partner health score'];
const warmQueries = [
  'how do I register a deal',
  'what do I get at gold',
  'can I use your logo',
  'sourced vs influenced revenue',
  'clawback',
  'co-marketing budget',
  'who owns the renewal',
  'partner portal',
];

/**
 * Both generations of the UI: the playbook's own search (status line with the query in quotes)
 * and Pagefind's default UI ("12 results for …"), so an older build can be measured the same way.
 */
const surfaces = {
  header: {
    path: '/partner-types/reseller/',
    open: async (page) => {
      await page.getByRole('button', { name: 'Search' }).click();
      return page.locator('dialog[open] input:visible').first();
    },
    message: 'dialog [data-header-status], dialog .pagefind-ui__message',
    result: 'dialog [data-header-results] > li, dialog .pagefind-ui__result',
  },
  page: {
    path: '/search/',
    open: async (page) => page.getByLabel('Search the playbook'),
    message: '[data-status]',
    result: '[data-results] > li',
  },
};

/** Records, in the page, when each key went down and when a result for the current query first showed. */
function installClock({ message, result }) {
  const clock = { lastKey: 0, shown: 0, query: '' };
  window.__searchClock = clock;
  document.addEventListener('keydown', () => (clock.lastKey = performance.now()), true);
  let addedSinceKey = false;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element && (node.matches(result) || node.querySelector(result))) addedSinceKey = true;
      }
    }
    const text = [...document.querySelectorAll(message)].map((element) => element.textContent ?? '').join(' ');
    if (
      !clock.shown &&
      clock.query &&
      addedSinceKey &&
      text.toLowerCase().includes(clock.query.toLowerCase()) &&
      document.querySelector(result)
    ) {
      clock.shown = performance.now();
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  document.addEventListener('keydown', () => (addedSinceKey = false), true);
}

async function typeAndTime(page, input, query) {
  await page.evaluate((text) => Object.assign(window.__searchClock, { query: text, shown: 0 }), query);
  await input.fill('');
  await input.pressSequentially(query, { delay: TYPING_DELAY_MS });
  await page.waitForFunction(() => window.__searchClock.shown > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => window.__searchClock.shown - window.__searchClock.lastKey);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measureSurface(browser, origin, surface) {
  const cold = [];
  for (const query of coldQueries) {
    const page = await browser.newPage();
    await page.goto(`${origin}${surface.path}`);
    await page.evaluate(installClock, { message: surface.message, result: surface.result });
    const input = await surface.open(page);
    await input.focus();
    cold.push(await typeAndTime(page, input, query));
    await page.close();
  }
  const warm = [];
  const bytes = [];
  const page = await browser.newPage();
  await page.goto(`${origin}${surface.path}`);
  await page.evaluate(installClock, { message: surface.message, result: surface.result });
  const input = await surface.open(page);
  await input.focus();
  await typeAndTime(page, input, 'tier');
  let transferred = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  for (const query of warmQueries) {
    transferred = 0;
    warm.push(await typeAndTime(page, input, query));
    // Results that arrive after the first one (more fragments) still belong to this query.
    await page.waitForTimeout(500);
    bytes.push(transferred);
  }
  await page.close();
  return {
    perQuery: Object.fromEntries(warmQueries.map((query, index) => [query, { ms: warm[index], bytes: bytes[index] }])),
    coldMedianMs: median(cold),
    coldMaxMs: Math.max(...cold),
    warmMedianMs: median(warm),
    warmMaxMs: Math.max(...warm),
    medianBytesPerQuery: median(bytes),
    maxBytesPerQuery: Math.max(...bytes),
  };
}

/** Index size and pages indexed, from the built folder. */
function indexFacts(dist) {
  const indexDir = join(dist, 'pagefind');
  const files = readdirSync(indexDir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(indexDir, name)).isFile());
  return {
    indexBytes: files.reduce((sum, name) => sum + statSync(join(indexDir, name)).size, 0),
    pagesIndexed: readdirSync(join(indexDir, 'fragment')).length,
  };
}

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Measures both search boxes on a served build and prints a Markdown table; returns the numbers. */
export async function benchSearch({ origin, chromePath, dist }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking'] });
  const results = { ...indexFacts(dist) };
  try {
    for (const [name, surface] of Object.entries(surfaces)) {
      results[name] = await measureSurface(browser, origin, surface);
    }
  } finally {
    await browser.close();
  }
  const ms = (value) => `${Math.round(value)} ms`;
  const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
  console.log(
    `\n## Search (${results.pagesIndexed} pages, index ${kb(results.indexBytes)}; typing at ${TYPING_DELAY_MS} ms a key)\n`,
  );
  console.log(
    table(
      [
        'Search box',
        'Last key → first result, warm (median / max; target ≤ 150 ms)',
        'First query, cold page (median / max; target ≤ 400 ms)',
        'Transferred per query after the first (median / max; target < 100 KB)',
      ],
      Object.keys(surfaces).map((name) => {
        const run = results[name];
        return [
          name === 'header' ? 'Header search' : 'Search page',
          `${ms(run.warmMedianMs)} / ${ms(run.warmMaxMs)}`,
          `${ms(run.coldMedianMs)} / ${ms(run.coldMaxMs)}`,
          `${kb(run.medianBytesPerQuery)} / ${kb(run.maxBytesPerQuery)}`,
        ];
      }),
    ),
  );
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 4392);
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --install` first.');
  const server = spawn(process.execPath, [join(import.meta.dirname, 'serve.mjs'), dist, String(port)], {
    stdio: 'pipe',
  });
  await new Promise((resolveStart) => server.stdout.once('data', resolveStart));
  try {
    const results = await benchSearch({ origin: `http://127.0.0.1:${port}`, chromePath, dist });
    if (process.env['BENCH_VERBOSE']) console.log(JSON.stringify(results, null, 1));
  } finally {
    server.kill();
  }
}
