// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { buildTarget, isPublished } from './src/lib/build-target.ts';
import { sections } from './src/lib/sections.ts';
import { searchRanking } from './src/lib/search-ranking.ts';
import { readPageInventory } from './src/build/page-inventory.ts';
import remarkMermaid from './src/build/remark-mermaid.ts';
import remarkProgramFigures from './src/build/remark-program-figures.ts';
// Loading the program validates it: a bad program file stops the build here, before any page is written.
import { figure, loaded } from './src/program/index.ts';
import { economicsReport } from './src/program/check.ts';
import remarkTeamOnly from './src/build/remark-team-only.ts';
import securityHeaders from './src/build/security-headers.ts';
import rehypeTaskListLabels from './src/build/rehype-task-list-labels.ts';
import rehypeScrollableTables from './src/build/rehype-scrollable-tables.ts';
import rehypeGlossaryLinks from './src/build/rehype-glossary-links.ts';
import { glossaryTerms } from './src/lib/glossary-terms.ts';
import rehypeUnlinkUnpublished, { sitePathOf } from './src/build/rehype-unlink-unpublished.ts';

// A program that loses money still builds, but says so, as `npm run program:check` does.
for (const failure of economicsReport(loaded).failures) console.warn(`[program economics] ${failure}`);

const root = fileURLToPath(new URL('.', import.meta.url));
const target = buildTarget(process.env);
const inventory = readPageInventory(root);
/** @param {string} path */
const published = (path) =>
  inventory.some((page) => page.path.startsWith(path) && isPublished(/** @type {any} */ (page.audience), target));
const unpublished = new Set(
  inventory.filter((page) => !isPublished(/** @type {any} */ (page.audience), target)).map((page) => page.path),
);

/**
 * A sidebar group fed by one content folder; left out when the current build publishes
 * nothing in that folder (the partner build has no strategy pages, for example).
 * @param {string} label
 * @param {string} directory
 */
const folderGroup = (label, directory) =>
  published(`/${directory}/`) ? [{ label, items: [{ autogenerate: { directory } }] }] : [];

/** @param {keyof typeof sections} folder */
const section = (folder) => folderGroup(sections[folder], folder);

const teamSection = [
  ...section('strategy'),
  ...section('partner-types'),
  ...section('lifecycle'),
  ...section('program'),
  ...section('enablement'),
  ...section('economics'),
  ...section('checklists'),
  ...section('templates'),
];

const sidebar = [
  {
    label: sections.reference,
    items: [
      { label: 'Search the playbook', link: '/search/' },
      ...(published('/reference/') ? [{ autogenerate: { directory: 'reference' } }] : []),
    ],
  },
  ...(target === 'team' && teamSection.length > 0 ? [{ label: 'Partnerships team', items: teamSection }] : []),
  ...section('hub'),
  ...section('tools'),
];

export default defineConfig({
  site: process.env['PLAYBOOK_SITE'] ?? 'http://localhost:4321',
  outDir: target === 'partner' ? './dist-partner' : './dist',
  // Separate caches keep the two builds from reusing each other's content store.
  cacheDir: target === 'partner' ? './node_modules/.astro-partner' : './node_modules/.astro',
  trailingSlash: 'always',
  vite: {
    resolve: { preserveSymlinks: true },
    plugins: [
      {
        // No module-preload helper in the browser bundle: it adds ~1 KB to every page, for chunks
        // (search UI, diagram renderer) that load on demand anyway. Astro sets its own value, so
        // this has to be applied per environment.
        name: 'partner-playbook:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkTeamOnly, { strip: target === 'partner' }],
        [remarkProgramFigures, { figure }],
        remarkMermaid,
      ],
      rehypePlugins: [
        [
          rehypeGlossaryLinks,
          {
            terms: glossaryTerms,
            glossaryPath: '/reference/glossary/',
            skipFile: (/** @type {string} */ path) => path.endsWith('reference/glossary.mdx'),
          },
        ],
        rehypeTaskListLabels,
        rehypeScrollableTables,
        [rehypeUnlinkUnpublished, { unpublished }],
      ],
    }),
  },
  integrations: [
    // First, so pages carry their policy before other build:done hooks (search index, link checks) read them.
    securityHeaders(),
    starlight({
      title: target === 'partner' ? 'Partner Playbook · Partner hub' : 'Partner Playbook',
      description: 'Design, launch and run a partner program: playbooks, enablement and calculators.',
      sidebar,
      pagefind: { ranking: searchRanking },
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: './src/routeData.ts',
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        Search: './src/components/starlight/Search.astro',
      },
      plugins: [
        // /llms.txt, /llms-full.txt and /llms-small.txt for assistants, built from the same collection,
        // so the partner build's files hold partner pages only.
        starlightLlmsTxt({
          projectName: 'Partner Playbook',
          exclude: ['search', '404'],
          customSelectors: { all: ['.pp-full-search-link'] },
        }),
        starlightLinksValidator({
          errorOnInvalidHashes: true,
          components: [
            ['LinkCard', 'href'],
            ['LinkButton', 'href'],
          ],
          // In the partner build, links to team-only pages are turned into plain text by
          // rehypeUnlinkUnpublished, so they are not broken links.
          exclude: ({ link }) => unpublished.has(sitePathOf(link) ?? ''),
        }),
      ],
    }),
  ],
});
