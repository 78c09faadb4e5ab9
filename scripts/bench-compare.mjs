/**
 * Build cost side by side with bare Starlight, in one run so that a noisy machine slows both alike.
 *
 * For each corpus size (100 and 1,000 added pages, scripts/bench-corpus.mjs) it makes two throwaway
 * projects under .fixtures/: a copy of this project plus the pages, and a bare Starlight project
 * (`starlight({ title })`, the same sidebar of collapsed groups) plus the same pages. Both use this
 * repository's installed packages (node_modules hard-linked, not downloaded), each with its own Astro
 * cache. Every build is cold: output and caches deleted, Node's compile cache off.
 *
 * At the largest size it also builds the project once without each piece (PLAYBOOK_BENCH_WITHOUT,
 * read by astro.config.mjs) to price it. With `baseline` (a git revision) it builds this project as it was
 * at that revision too, so a change is measured against bare Starlight in the same run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { barePage, corpusSections, playbookPage, sectionOfPage } from './bench-corpus.mjs';

/** The pieces astro.config.mjs can leave out for the bench, with what each one is. */
export const pieces = {
  'llms-txt': 'llms.txt, llms-full.txt, llms-small.txt',
  'links-validator': 'starlight-links-validator',
  'security-headers': 'security headers integration (CSP per page)',
  'markdown-plugins': 'our Markdown transforms (two Sätteri plugins)',
  'route-middleware': 'route middleware (review-due log)',
  'sidebar-trim': 'one link per collapsed added folder away from it (negative: it saves)',
  'component-overrides': 'PageTitle and Search overrides (governance line, Pagefind filters)',
  'pagefind-ranking': 'Pagefind ranking',
};

/** Resident memory of `pid` and all its descendants, in bytes, read from /proc. */
function treeMemory(pid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function htmlSizes(dist, sections) {
  const sizes = [];
  for (const section of sections) {
    for (const page of readdirSync(join(dist, section))) {
      const html = readFileSync(join(dist, section, page, 'index.html'));
      sizes.push({ bytes: html.length, gzipBytes: gzipSync(html).length });
    }
  }
  const mean = (key) => Math.round(sizes.reduce((sum, size) => sum + size[key], 0) / sizes.length);
  return { htmlBytes: mean('bytes'), htmlGzipBytes: mean('gzipBytes') };
}

/**
 * One cold build in its own process. Peak memory is the larger of the build process's own maximum
 * and the most its whole process tree (Pagefind runs as a child) held at once, sampled every 100 ms.
 */
async function coldBuild(dir, sections, env = {}) {
  for (const stale of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, stale), { recursive: true, force: true });
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bench-build.mjs')], {
    cwd: dir,
    env: { ...process.env, ...env, NODE_COMPILE_CACHE: '', NODE_DISABLE_COMPILE_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let treePeak = 0;
  const poll = setInterval(() => (treePeak = Math.max(treePeak, treeMemory(child.pid))), 100);
  const code = await new Promise((resolveExit) => child.on('exit', resolveExit));
  clearInterval(poll);
  if (code !== 0) throw new Error(`Build in ${dir} failed (${code}):\n${stderr.slice(-4000)}\n${stdout.slice(-4000)}`);
  const own = JSON.parse(stdout.trim().split('\n').pop());
  return {
    seconds: own.seconds,
    cpuSeconds: own.cpuSeconds,
    peakMemoryMB: Math.max(own.peakMemoryMB, treePeak / 2 ** 20),
    ...htmlSizes(join(dir, 'dist'), sections),
  };
}

/**
 * This repository's installed packages as hard links: no copy on disk, and real paths inside the
 * project (with symlinks, Node and Vite resolve packages outside it and leave Starlight's routes unbundled).
 * Its caches are left behind.
 */
function linkPackages(root, dir) {
  const copy = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  if (copy.status !== 0) throw new Error(`Could not link node_modules: ${copy.stderr}`);
  for (const cache of ['.astro', '.astro-partner', '.vite', '.cache'])
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

const sectionLabel = (folder) => folder.replace(/^handbook-/, 'Handbook ');

function writeCorpus(docs, count, page) {
  for (const section of corpusSections(count)) mkdirSync(join(docs, section), { recursive: true });
  for (let index = 1; index <= count; index += 1) {
    writeFileSync(join(docs, sectionOfPage(index), `page-${String(index).padStart(4, '0')}.mdx`), page(index, count));
  }
}

function makeProjectCopy(root, dir, count) {
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  linkPackages(root, dir);
  writeCorpus(join(dir, 'content/docs'), count, playbookPage);
}

/**
 * This project as committed at `revision` (to measure a change in the same run), plus the pages. Its
 * packages come from `modulesRoot` (a checkout installed at that revision) when its dependencies differ.
 */
function makeProjectAt(root, revision, dir, count, modulesRoot = root) {
  const archive = spawnSync('git', ['archive', revision], { cwd: root, maxBuffer: 2 ** 30 });
  if (archive.status !== 0) throw new Error(`git archive ${revision} failed: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`Could not unpack ${revision}: ${untar.stderr}`);
  linkPackages(modulesRoot, dir);
  writeCorpus(join(dir, 'content/docs'), count, playbookPage);
}

function makeBareStarlight(root, dir, count) {
  // Astro finds the packages it must bundle (Starlight's .astro routes) through package.json dependencies.
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const bareDependencies = Object.fromEntries(
    ['astro', '@astrojs/starlight', 'sharp'].map((name) => [name, dependencies[name]]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies: bareDependencies }, null, 2)}\n`,
  );
  const sidebar = corpusSections(count).map((folder) => ({
    label: sectionLabel(folder),
    collapsed: true,
    items: [{ autogenerate: { directory: folder } }],
  }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'Bare Starlight', sidebar: ${JSON.stringify(sidebar)} })],
});
`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), '---\ntitle: Bare Starlight\n---\n\nThe home page.\n');
  linkPackages(root, dir);
  writeCorpus(join(dir, 'src/content/docs'), count, barePage);
}

const ratio = (a, b) => a / b;

/**
 * Runs the comparison and returns { sizes: [{ pages, bare, project, timeRatio, memoryRatio }], pieces: [...] }.
 * `runs` cold builds of each project per size (alternating, best kept); the breakdown is at the largest size.
 */
export async function compareWithBareStarlight(
  root,
  {
    sizes = [100, 1000],
    runs = 2,
    breakdown = Object.keys(pieces),
    baseline,
    baselineModules,
    log = console.error,
  } = {},
) {
  mkdirSync(join(root, '.fixtures'), { recursive: true });
  const results = { sizes: [], pieces: [] };
  for (const count of sizes) {
    const work = mkdtempSync(join(root, '.fixtures', `compare-${count}-`));
    try {
      const bareDir = join(work, 'bare');
      const projectDir = join(work, 'project');
      mkdirSync(bareDir);
      mkdirSync(projectDir);
      makeBareStarlight(root, bareDir, count);
      makeProjectCopy(root, projectDir, count);
      const baselineDir = join(work, 'baseline');
      if (baseline) {
        mkdirSync(baselineDir);
        makeProjectAt(root, baseline, baselineDir, count, baselineModules);
      }
      const sections = corpusSections(count);
      const bare = [];
      const project = [];
      const before = [];
      const measured = (name, result) => {
        log(`    ${name}: ${JSON.stringify(result)}`);
        return result;
      };
      for (let run = 1; run <= runs; run += 1) {
        log(`  ${count} pages, run ${run}: bare Starlight…`);
        bare.push(measured('bare', await coldBuild(bareDir, sections)));
        if (baseline) {
          log(`  ${count} pages, run ${run}: this project at ${baseline}…`);
          before.push(measured('baseline', await coldBuild(baselineDir, sections)));
        }
        log(`  ${count} pages, run ${run}: this project…`);
        project.push(measured('project', await coldBuild(projectDir, sections)));
      }
      const best = (list) => ({
        ...list.reduce((a, b) => (a.seconds <= b.seconds ? a : b)),
        cpuSeconds: Math.min(...list.map((run) => run.cpuSeconds)),
        peakMemoryMB: Math.min(...list.map((run) => run.peakMemoryMB)),
      });
      const entry = { pages: count, bare: best(bare), project: best(project) };
      if (baseline) {
        entry.baseline = { revision: baseline, ...best(before) };
        entry.baseline.timeRatio = ratio(entry.baseline.seconds, entry.bare.seconds);
        entry.baseline.cpuRatio = ratio(entry.baseline.cpuSeconds, entry.bare.cpuSeconds);
        entry.baseline.memoryRatio = ratio(entry.baseline.peakMemoryMB, entry.bare.peakMemoryMB);
      }
      entry.timeRatio = ratio(entry.project.seconds, entry.bare.seconds);
      entry.cpuRatio = ratio(entry.project.cpuSeconds, entry.bare.cpuSeconds);
      entry.memoryRatio = ratio(entry.project.peakMemoryMB, entry.bare.peakMemoryMB);
      results.sizes.push(entry);
      if (count === Math.max(...sizes)) {
        for (const piece of breakdown) {
          log(`  ${count} pages: this project without ${piece}…`);
          const without = measured(
            `without ${piece}`,
            await coldBuild(projectDir, sections, { PLAYBOOK_BENCH_WITHOUT: piece }),
          );
          results.pieces.push({
            piece,
            what: pieces[piece],
            without,
            seconds: entry.project.seconds - without.seconds,
            cpuSeconds: entry.project.cpuSeconds - without.cpuSeconds,
            memoryMB: entry.project.peakMemoryMB - without.peakMemoryMB,
          });
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return results;
}
