#!/usr/bin/env node
/**
 * npm run bench — measures what tests should not assert with a stopwatch:
 *   1. build time and peak memory of the site as it is, then side by side with bare Starlight at 100 and
 *      1,000 added realistic pages (cold builds in throwaway projects under .fixtures/), with what each
 *      integration and plugin costs (scripts/bench-compare.mjs);
 *   2. Lighthouse (mobile) scores, LCP, TBT, CLS and bytes transferred for the home page, a partner
 *      type page, a tool page and the search page, served with the production headers;
 *   3. JavaScript per tool page (gzip) beside a plain content page;
 *   4. search (scripts/bench-search.mjs): keystroke-to-result time, cold and warm, and bytes per query.
 * Prints Markdown tables and writes bench-results/latest.json. `npm run bench -- --builds-only` stops after 1.
 * BENCH_PAGES (default 100,1000; empty skips the comparison) and BENCH_RUNS (cold builds per project and size, default 2) change the builds;
 * BENCH_BREAKDOWN=llms-txt,links-validator prices only those pieces ('' none); BENCH_BASELINE=<git revision> also builds the project as it was then
 * (BENCH_BASELINE_MODULES=<folder> takes its packages from a checkout installed at that revision).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { findChromium } from './chromium.mjs';
import { benchSearch } from './bench-search.mjs';
import { jsBudgets, pageWeight } from '../src/build/page-weight.ts';
import { compareWithBareStarlight, pieces } from './bench-compare.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env['BENCH_PORT'] ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const results = {};

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function measureBuild(dir) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/bench-build.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    env: process.env,
  });
  if (run.status !== 0) throw new Error(`Build in ${dir} failed:\n${run.stderr}\n${run.stdout}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

function fmt(value, digits = 1) {
  return value.toFixed(digits);
}

async function benchBuilds({ withSite }) {
  console.log('\n## Build time and memory\n');
  if (withSite) {
    // The later sections read this build's dist/.
    console.error('Building the site as it is…');
    results.site = measureBuild(root);
    console.log(
      `The site as it is: ${fmt(results.site.seconds)} s, ${fmt(results.site.peakMemoryMB, 0)} MB peak (build process).`,
    );
  }
  const sizes = (process.env['BENCH_PAGES'] ?? '100,1000').split(',').filter(Boolean).map(Number);
  // BENCH_PAGES= (empty) skips the comparison: Lighthouse, JavaScript and search only.
  if (sizes.length === 0) return;
  console.error('Comparing with bare Starlight (cold builds)…');
  const comparison = await compareWithBareStarlight(root, {
    sizes,
    runs: Number(process.env['BENCH_RUNS'] ?? 2),
    breakdown: (process.env['BENCH_BREAKDOWN'] ?? Object.keys(pieces).join(',')).split(',').filter(Boolean),
    baseline: process.env['BENCH_BASELINE'] || undefined,
    baselineModules: process.env['BENCH_BASELINE_MODULES'] || undefined,
  });
  results.comparison = comparison;
  console.log('\n### Side by side with bare Starlight (same generated pages, same run, best of the cold builds)\n');
  console.log(
    table(
      [
        'Added pages',
        'Bare Starlight',
        'This project',
        'Wall time ratio',
        'CPU time ratio',
        'Memory ratio',
        'HTML per added page (bare / ours, gzip)',
      ],
      comparison.sizes.map(({ pages, bare, project, timeRatio, cpuRatio, memoryRatio }) => [
        pages,
        `${fmt(bare.seconds)} s (CPU ${fmt(bare.cpuSeconds)} s), ${fmt(bare.peakMemoryMB, 0)} MB`,
        `${fmt(project.seconds)} s (CPU ${fmt(project.cpuSeconds)} s), ${fmt(project.peakMemoryMB, 0)} MB`,
        `${fmt(timeRatio, 2)}×`,
        `${fmt(cpuRatio, 2)}×`,
        `${fmt(memoryRatio, 2)}×`,
        `${(bare.htmlBytes / 1024).toFixed(1)} / ${(project.htmlBytes / 1024).toFixed(1)} KB ` +
          `(${(bare.htmlGzipBytes / 1024).toFixed(1)} / ${(project.htmlGzipBytes / 1024).toFixed(1)} KB)`,
      ]),
    ),
  );
  for (const { pages, baseline } of comparison.sizes.filter((size) => size.baseline)) {
    console.log(
      `\nAt ${baseline.revision} with ${pages} added pages: ${fmt(baseline.seconds)} s (CPU ${fmt(baseline.cpuSeconds)} s), ` +
        `${fmt(baseline.peakMemoryMB, 0)} MB; ratios ${fmt(baseline.timeRatio, 2)}× wall, ${fmt(baseline.cpuRatio, 2)}× CPU, ` +
        `${fmt(baseline.memoryRatio, 2)}× memory; HTML per added page ${(baseline.htmlBytes / 1024).toFixed(1)} KB.`,
    );
  }
  const largest = comparison.sizes.at(-1);
  if (comparison.pieces.length === 0) return;
  console.log(`\n### What each piece costs at ${largest.pages} added pages (full project minus a build without it)\n`);
  console.log(
    table(
      ['Piece', 'Without it', 'Wall time it costs', 'CPU time it costs', 'Peak memory it costs'],
      comparison.pieces.map(({ piece, what, without, seconds, cpuSeconds, memoryMB }) => [
        `${piece}: ${what}`,
        `${fmt(without.seconds)} s (CPU ${fmt(without.cpuSeconds)} s), ${fmt(without.peakMemoryMB, 0)} MB`,
        `${fmt(seconds)} s (${fmt((100 * seconds) / largest.project.seconds, 0)}%)`,
        `${fmt(cpuSeconds)} s (${fmt((100 * cpuSeconds) / largest.project.cpuSeconds, 0)}%)`,
        `${fmt(memoryMB, 0)} MB`,
      ]),
    ),
  );
}

function startServer() {
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), join(root, 'dist'), String(port)], {
    stdio: 'pipe',
  });
  return new Promise((resolveStart, reject) => {
    server.stdout.on('data', () => resolveStart(server));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function benchLighthouse(chromePath) {
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const pages = [
    ['Home', '/'],
    ['Partner type', '/partner-types/reseller/'],
    ['Tool', '/tools/commission/'],
    ['Search', '/search/?q=commission'],
  ];
  const rows = [];
  results.lighthouse = [];
  try {
    for (const [name, path] of pages) {
      const runner = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories, audits } = runner.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      const entry = {
        name,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        bytes: audits['total-byte-weight'].numericValue,
      };
      results.lighthouse.push(entry);
      rows.push([
        `${name} (${path})`,
        entry.performance,
        entry.accessibility,
        entry.bestPractices,
        entry.seo,
        `${(entry.lcpMs / 1000).toFixed(2)} s`,
        `${Math.round(entry.tbtMs)} ms`,
        entry.cls.toFixed(3),
        `${(entry.bytes / 1024).toFixed(0)} KB`,
      ]);
    }
  } finally {
    chrome.kill();
  }
  console.log('\n## Lighthouse (mobile, served with production headers)\n');
  console.log(table(['Page', 'Perf', 'A11y', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'Transferred'], rows));
}

function benchJavaScript() {
  const dist = join(root, 'dist');
  const html = (path) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const weigh = (path) => pageWeight(dist, html(path)).gzipBytes;
  // Budgets compare a tool page with a content page of the same kind: one with a diagram carries the diagram loader.
  const plain = weigh('reference/glossary');
  const withDiagram = weigh('partner-types/reseller');
  const tools = readdirSync(join(dist, 'tools')).filter((name) => existsSync(join(dist, 'tools', name, 'index.html')));
  results.javascript = {
    plain,
    withDiagram,
    tools: Object.fromEntries(tools.map((tool) => [tool, weigh(`tools/${tool}`)])),
  };
  console.log('\n## JavaScript per page (gzip, loaded up front)\n');
  console.log(
    table(
      ['Page', 'JS (bytes)', 'Compared with', `Beyond it (budget ${jsBudgets.toolExtra.toLocaleString('en-US')})`],
      [
        [
          'Plain content page (/reference/glossary/)',
          plain,
          '—',
          `— (budget ${jsBudgets.contentPage.toLocaleString('en-US')} in all)`,
        ],
        ['Content page with a diagram (/partner-types/reseller/)', withDiagram, '—', '—'],
        ...tools.map((tool) => {
          const hasDiagram = html(`tools/${tool}`).includes('class="mermaid"');
          const base = hasDiagram ? withDiagram : plain;
          return [
            `/tools/${tool}/`,
            results.javascript.tools[tool],
            hasDiagram ? 'page with a diagram' : 'plain page',
            results.javascript.tools[tool] - base,
          ];
        }),
      ],
    ),
  );
}

const buildsOnly = process.argv.includes('--builds-only');
const chromePath = buildsOnly ? undefined : await findChromium();
if (!buildsOnly && !chromePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --install` first.');
await benchBuilds({ withSite: !buildsOnly });
if (!buildsOnly) {
  const server = await startServer();
  try {
    benchJavaScript();
    results.search = await benchSearch({ origin, chromePath, dist: join(root, 'dist') });
    await benchLighthouse(chromePath);
  } finally {
    server.kill();
  }
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`,
);
console.log('\nSaved bench-results/latest.json');
