#!/usr/bin/env node
/**
 * npm run bench — measures what tests should not assert with a stopwatch:
 *   1. build time and peak memory of the site as it is, and with 1,000 generated pages added
 *      (generated into a throwaway copy under .fixtures/, never committed);
 *   2. Lighthouse (mobile) scores, LCP, TBT, CLS and bytes transferred for the home page, a partner
 *      type page, a tool page and the search page, served with the production headers;
 *   3. JavaScript per tool page (gzip) beside a plain content page;
 *   4. search (scripts/bench-search.mjs): keystroke-to-result time, cold and warm, and bytes per query.
 * Prints Markdown tables and writes bench-results/latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { findChromium } from './chromium.mjs';
import { benchSearch } from './bench-search.mjs';
import { pageWeight } from '../src/build/page-weight.ts';

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

function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
}

/** A page as an author would write it: frontmatter, prose, a table and links to real pages. */
function generatedPage(index) {
  const types = ['technology', 'referral', 'affiliate', 'reseller', 'si-consultant', 'strategic-alliance', 'oem'];
  const stages = ['identify', 'activate', 'scale', 'expand', 'review'];
  const type = types[index % types.length];
  const stage = stages[index % stages.length];
  const paragraph = `Partner ${index} is a ${type} partner in the ${stage} stage. Its manager reviews pipeline, enablement and co-marketing every quarter, records the sourced and influenced revenue in the CRM and compares it with the program targets.`;
  return `---
title: Generated partner plan ${index}
description: A generated account plan used only to measure how the build grows with the number of pages.
audience: [team]
partnerTypes: [${type}]
stages: [${stage}]
owner: Benchmark
lastReviewed: 2026-11-20
---

## Summary

${paragraph} ${paragraph}

## Targets

| Metric | Target | Current |
| --- | --- | --- |
| Sourced revenue | ${(index % 9) + 1}0,000 | ${(index % 7) + 1}5,000 |
| Certified people | ${(index % 4) + 1} | ${index % 3} |

## Next steps

- Review the [${stage} stage](/lifecycle/${stage}/) exit criteria.
- Check the [${type} playbook](/partner-types/${type}/).
- ${paragraph}
`;
}

function benchBuilds() {
  const base = measureBuild(root);
  const pages = countPages(join(root, 'content/docs'));
  mkdirSync(join(root, '.fixtures'), { recursive: true });
  const copy = mkdtempSync(join(root, '.fixtures', 'bench-'));
  try {
    for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true, verbatimSymlinks: true });
    }
    const generated = join(copy, 'content/docs/bench-generated');
    mkdirSync(generated, { recursive: true });
    for (let index = 1; index <= 1000; index += 1)
      writeFileSync(join(generated, `plan-${index}.mdx`), generatedPage(index));
    const grown = measureBuild(copy);
    results.builds = [
      { pages, ...base },
      { pages: pages + 1000, ...grown },
    ];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const [small, large] = results.builds;
  const perPageSmall = small.seconds / small.pages;
  const perPageLarge = large.seconds / large.pages;
  console.log('\n## Build time and memory\n');
  console.log(
    table(
      ['Pages', 'Build time (s)', 'Seconds per page', 'Peak memory (MB)'],
      results.builds.map((run) => [
        run.pages,
        run.seconds.toFixed(1),
        (run.seconds / run.pages).toFixed(3),
        run.peakMemoryMB.toFixed(0),
      ]),
    ),
  );
  console.log(
    `\nGrowth: ${(large.pages / small.pages).toFixed(1)}× the pages took ${(large.seconds / small.seconds).toFixed(1)}× the time; ` +
      `time per page went from ${perPageSmall.toFixed(3)} s to ${perPageLarge.toFixed(3)} s (${perPageLarge <= perPageSmall ? 'no worse than linear' : 'worse than linear'}).`,
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
      ['Page', 'JS (bytes)', 'Compared with', 'Beyond it (budget 12,288)'],
      [
        ['Plain content page (/reference/glossary/)', plain, '—', '— (budget 6,144 in all)'],
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

const chromePath = await findChromium();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --install` first.');
benchBuilds();
const server = await startServer();
try {
  benchJavaScript();
  results.search = await benchSearch({ origin, chromePath, dist: join(root, 'dist') });
  await benchLighthouse(chromePath);
} finally {
  server.kill();
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`,
);
console.log('\nSaved bench-results/latest.json');
