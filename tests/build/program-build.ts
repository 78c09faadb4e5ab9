/**
 * A whole copy of the project built with another program file (PLAYBOOK_PROGRAM), team and
 * partner site, for tests that read what a company adopting the playbook would publish. The copy
 * lives in `.fixtures/` inside the project so Node finds the project's node_modules by walking up
 * (a symlinked node_modules confuses Vite's module ids).
 *
 * Public API
 * - `buildWithProgram(programFile)` → `ProgramBuild`: copies the project and builds both sites
 *   on a fixed date (throws with the build output when a build fails).
 * - `ProgramBuild.text(build, path)` — a built page's visible text; `html(build, path)` — its
 *   HTML as written; `pages(build)` — every built page's path.
 * - `visibleText(html)` — the same text for any HTML string; `decodeEntities(text)` — an
 *   attribute's value as the browser reads it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');

export type BuildFolder = 'dist' | 'dist-partner';

export interface ProgramBuild {
  readonly dir: string;
  text(build: BuildFolder, path: string): string;
  html(build: BuildFolder, path: string): string;
  pages(build: BuildFolder): string[];
  remove(): void;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Text a reader sees: scripts, styles and tags removed, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(
    /\s+/g,
    ' ',
  );
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map(
      (file) =>
        `/${file
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    );
}

export function buildWithProgram(programFile: string, date = '2026-11-29'): ProgramBuild {
  mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, '.fixtures', 'program-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  for (const target of ['team', 'partner'] as const) {
    const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLAYBOOK_BUILD: target,
        PLAYBOOK_PROGRAM: programFile,
        PLAYBOOK_DATE: date,
        NO_COLOR: '1',
      },
      timeout: 300_000,
    });
    if (result.status !== 0) {
      const file = relative(projectRoot, programFile);
      throw new Error(`${target} build from ${file} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  const file = (build: BuildFolder, path: string) => {
    const found = join(dir, build, path, path.endsWith('.xml') ? '' : 'index.html');
    expect(existsSync(found), `${build}${path} was built`).toBe(true);
    return readFileSync(found, 'utf8');
  };
  return {
    dir,
    text: (build, path) => visibleText(file(build, path)),
    html: (build, path) => file(build, path),
    pages: (build) => htmlFiles(join(dir, build)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
