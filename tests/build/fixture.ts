/**
 * A throwaway copy of the project with a tiny content folder, for proving that bad pages
 * fail the build. It copies the real config, schema and plugins, and lives in `.fixtures/`
 * inside the project so Node finds the project's node_modules by walking up (a symlinked
 * node_modules confuses Vite's module ids).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

export const validFrontmatter = `audience: [team]
owner: Partner programs
lastReviewed: 2026-11-20`;

export function page(frontmatter: string, body = 'A page with real words in it.'): string {
  return `---\ntitle: Fixture page\n${frontmatter}\n---\n\n${body}\n`;
}

export interface FixtureProject {
  dir: string;
  run(command: 'sync' | 'build'): { status: number | null; output: string };
  remove(): void;
}

/** `pages` maps a path under content/docs to its source. */
export function makeFixture(pages: Record<string, string>): FixtureProject {
  mkdirSync(join(projectRoot, '.fixtures'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, '.fixtures', 'build-'));
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const content = join(dir, 'content/docs');
  mkdirSync(content, { recursive: true });
  cpSync(join(projectRoot, 'content/program.yaml'), join(dir, 'content/program.yaml'));
  writeFileSync(join(content, 'index.mdx'), page(validFrontmatter));
  for (const [path, source] of Object.entries(pages)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), source);
  }
  return {
    dir,
    run(command) {
      const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), [command], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        timeout: 180_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
