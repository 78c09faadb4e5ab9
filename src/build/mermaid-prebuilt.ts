/**
 * The browser gets mermaid's own prebuilt, minified ES module build (mermaid/dist/mermaid.esm.min.mjs
 * and its chunks), copied beside the site, instead of Vite bundling and minifying mermaid's 5 MB of code
 * on every build: that was the largest fixed cost of a build, in time and in peak memory.
 *
 * `import('mermaid')` in the client bundle becomes an import of `/_astro/mermaid-<version>/…`; the
 * version in the folder name keeps the year-long immutable caching of /_astro/ safe. Dev is unchanged.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('mermaid/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const folder = `_astro/mermaid-${version}`;
const entry = 'mermaid.esm.min.mjs';

export default function mermaidPrebuilt(): AstroIntegration {
  return {
    name: 'partner-playbook:mermaid-prebuilt',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'partner-playbook:mermaid-prebuilt',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.name === 'client',
                resolveId: (id) => (id === 'mermaid' ? { id: `/${folder}/${entry}`, external: true } : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const source = join(packageDir, 'dist');
        const target = join(fileURLToPath(dir), folder);
        cpSync(join(source, entry), join(target, entry));
        const chunks = join('chunks', 'mermaid.esm.min');
        for (const name of readdirSync(join(source, chunks)).filter((file) => file.endsWith('.mjs')))
          cpSync(join(source, chunks, name), join(target, chunks, name));
      },
    },
  };
}
