// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
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
import llmsTxt from './src/build/llms-txt.ts';
import mermaidPrebuilt from './src/build/mermaid-prebuilt.ts';
import rehypeTaskListLabels from './src/build/rehype-task-list-labels.ts';
import rehypeScrollableTables from './src/build/rehype-scrollable-tables.ts';
import rehypeGlossaryLinks from './src/build/rehype-glossary-links.ts';
import { glossaryTerms } from './src/lib/glossary-terms.ts';
import { programGuidePath, termLinks } from './src/lib/program-guide-terms.ts';
import rehypeUnlinkUnpublished, { sitePathOf } from './src/build/rehype-unlink-unpublished.ts';
import { hastPlugin, mdastPlugin } from './src/build/markdown-pipeline.ts';

// A program that loses money still builds, but says so, as `npm run program:check` does.
for (const failure of economicsReport(loaded).failures) console.warn(`[program economics] ${failure}`);

const root = fileURLToPath(new URL('.', import.meta.url));
const target = buildTarget(process.env);

/**
 * Bench only: `PLAYBOOK_BENCH_WITHOUT=llms-txt,links-validator` builds the site without those pieces so
 * `npm run bench` can price each one (scripts/bench-compare.mjs). Never set it for a real build.
 * Pieces: llms-txt, links-validator, security-headers, markdown-plugins, route-middleware, sidebar-trim,
 * component-overrides, pagefind-ranking.
 */
const benchPieces = [
  'llms-txt',
  'links-validator',
  'security-headers',
  'markdown-plugins',
  'route-middleware',
  'sidebar-trim',
  'component-overrides',
  'pagefind-ranking',
];
const benchWithout = new Set((process.env['PLAYBOOK_BENCH_WITHOUT'] ?? '').split(',').filter(Boolean));
for (const piece of benchWithout) {
  if (!benchPieces.includes(piece)) throw new Error(`PLAYBOOK_BENCH_WITHOUT: unknown piece "${piece}".`);
}
/** @param {string} piece */
const uses = (piece) => !benchWithout.has(piece);
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

/** @param {string} path  `/hub/getting-started/` → `hub`; '' for a top-level page. */
const folderOf = (path) => (path.split('/').length > 3 ? (path.split('/')[1] ?? '') : '');
/** @param {string} folder */
const isOwnSection = (folder) => folder in sections;
/**
 * Folders that are not one of the playbook's own sections (a handbook grows by whole folders) still
 * get a sidebar group, collapsed so that a long list of them keeps the sidebar short; away from its own
 * pages, such a group holds one link into the folder (src/build/sidebar-at-scale.ts), keeping page HTML small.
 * @param {string} folder  `handbook-01` → `Handbook 01`
 */
const addedSectionLabel = (folder) => folder.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());
const addedSections = [...new Set(inventory.map((page) => folderOf(page.path)))]
  .filter((folder) => folder !== '' && !isOwnSection(folder) && published(`/${folder}/`))
  .sort()
  .map((folder) => ({
    label: addedSectionLabel(folder),
    collapsed: true,
    items: [{ autogenerate: { directory: folder } }],
  }));

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
  ...addedSections,
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
    // Astro's Sätteri engine, with our transforms as two plugins (src/build/markdown-pipeline.ts).
    // Each transform says from a page's source whether the page needs it at all.
    processor: uses('markdown-plugins')
      ? satteri({
          mdastPlugins: [
            mdastPlugin('partner-playbook:mdast', [
              {
                run: remarkTeamOnly({ strip: true }),
                when: (source) => target === 'partner' && source.includes('<TeamOnly'),
              },
              { run: remarkProgramFigures({ figure }), when: (source) => source.includes('{{') },
              { run: remarkMermaid(), when: (source) => source.includes('```mermaid') },
            ]),
          ],
          hastPlugins: [
            hastPlugin('partner-playbook:hast', [
              // Glossary and program-guide terms; the guide's only where this build publishes it.
              {
                run: rehypeGlossaryLinks({
                  links: termLinks(glossaryTerms, '/reference/glossary/', !unpublished.has(programGuidePath)),
                }),
              },
              { run: rehypeTaskListLabels(), when: (source) => /^\s*[-*+] \[[ xX]\]/m.test(source) },
              { run: rehypeScrollableTables(), when: (source) => /\|\s*:?-{3,}|<table/.test(source) },
              {
                run: rehypeUnlinkUnpublished({ unpublished }),
                when: (source) =>
                  [...unpublished].some((path) => source.includes(`(${path}`) || source.includes(`"${path}`)),
              },
            ]),
          ],
        })
      : satteri(),
  },
  integrations: [
    // First, so pages carry their policy before other build:done hooks (search index, link checks) read them.
    ...(uses('security-headers') ? [securityHeaders()] : []),
    mermaidPrebuilt(),
    starlight({
      title: target === 'partner' ? 'Partner Playbook · Partner hub' : 'Partner Playbook',
      description: 'Design, launch and run a partner program: playbooks, enablement and calculators.',
      sidebar,
      pagefind: uses('pagefind-ranking') ? { ranking: searchRanking } : true,
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: [
        ...(uses('route-middleware') ? ['./src/routeData.ts'] : []),
        ...(uses('sidebar-trim') ? ['./src/build/sidebar-at-scale.ts'] : []),
      ],
      components: uses('component-overrides')
        ? {
            PageTitle: './src/components/starlight/PageTitle.astro',
            Search: './src/components/starlight/Search.astro',
          }
        : {},
      plugins: [
        ...(uses('links-validator')
          ? [
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
            ]
          : []),
      ],
    }),
    ...(uses('llms-txt')
      ? [
          // /llms.txt, /llms-full.txt and /llms-small.txt from the built pages, so the partner build's files
          // hold partner pages only. Full text for the playbook's own sections; added folders are listed.
          llmsTxt({
            projectName: 'Partner Playbook',
            description: 'Design, launch and run a partner program: playbooks, enablement and calculators.',
            exclude: ['/search/', '/404/'],
            fullText: (path) => folderOf(path) === '' || isOwnSection(folderOf(path)),
            sectionOf: (path) => {
              const folder = folderOf(path);
              if (folder === '') return sections.reference;
              return isOwnSection(folder)
                ? sections[/** @type {keyof typeof sections} */ (folder)]
                : addedSectionLabel(folder);
            },
          }),
        ]
      : []),
  ],
});
