/**
 * /llms.txt, /llms-full.txt and /llms-small.txt for assistants, written from the built pages once the
 * build is done.
 *
 * This replaces starlight-llms-txt, which rendered every page two more times through Astro's container
 * (once per file) and cost about a third of the build at 1,000 added pages. Here each page is read once,
 * from the HTML the build has already written, so the partner build's files hold exactly what its pages
 * hold: no team-only page and no <TeamOnly> paragraph.
 *
 * The full and small files give the text of the playbook's own pages (`fullText`); folders added beside
 * them (a handbook grows by whole folders) are listed in llms.txt by title and link, which keeps the two
 * files a size an assistant can read and the build cost flat as the handbook grows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface LlmsTxtOptions {
  projectName: string;
  description: string;
  /** Site paths (`/search/`) left out of every file. */
  exclude: readonly string[];
  /** Whether a page's text goes into llms-full.txt and llms-small.txt; other pages are listed in llms.txt. */
  fullText: (path: string) => boolean;
  /** The heading a page is listed under in llms.txt. */
  sectionOf: (path: string) => string;
}

export interface BuiltPage {
  path: string;
  title: string;
  description: string;
  /** The page's Markdown content as HTML (Starlight's `.sl-markdown-content`), or '' when not needed. */
  contentHtml: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Astro writes into attributes and text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

const contentStart = '<div class="sl-markdown-content">';

/** Title, description and (when `withContent`) the Markdown content of one built Starlight page. */
export function readBuiltPage(path: string, html: string, withContent: boolean): BuiltPage {
  const title = decodeEntities(/<h1\b[^>]*\bid="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.trim() ?? '');
  const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
  let contentHtml = '';
  if (withContent) {
    const start = html.indexOf(contentStart);
    const footer = html.indexOf('<footer', start);
    const end = html.lastIndexOf('</div>', footer === -1 ? html.length : footer);
    if (start !== -1 && end > start) contentHtml = html.slice(start + contentStart.length, end);
  }
  return { path, title: title.replace(/<[^>]+>/g, ''), description, contentHtml };
}

const classes = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

/** What the small file leaves out: collapsible details and the note and tip asides. */
const smallOnlyDrops = (node: Element) =>
  node.tagName === 'details' ||
  classes(node).includes('starlight-aside--note') ||
  classes(node).includes('starlight-aside--tip');

/**
 * Removes what reads as noise in plain text (heading anchor links, comments), gives Expressive Code
 * blocks their language, and reports whether anything small-only was found.
 */
function tidy(parent: Root | Element, drop?: (node: Element) => boolean): boolean {
  let smallDiffers = false;
  const kept: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment') continue;
    if (child.type === 'element') {
      if (classes(child).includes('sl-anchor-link')) continue;
      if (drop?.(child)) continue;
      if (smallOnlyDrops(child)) smallDiffers = true;
      if (child.tagName === 'pre' && typeof child.properties['dataLanguage'] === 'string') {
        const code = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'code');
        if (code) code.properties['className'] = [`language-${child.properties['dataLanguage']}`];
      }
      if (tidy(child, drop)) smallDiffers = true;
    }
    kept.push(child);
  }
  parent.children = kept as typeof parent.children;
  return smallDiffers;
}

const markdownOf = (tree: Root) =>
  toMarkdown(toMdast(tree), { extensions: [gfmToMarkdown()] })
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const fence = /(?<=^|\n)([ \t]*)(`{3,}|~{3,})[^\n]*\n(?:[\s\S]*?\n)?\1\2[ \t]*(?=\n|$)/g;

/** Collapses whitespace in prose, keeping fenced code as it is. */
export function collapseWhitespace(markdown: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of markdown.matchAll(fence)) {
    parts.push(markdown.slice(last, match.index).replace(/\s+/g, ' '), '\n', match[0], '\n');
    last = match.index + match[0].length;
  }
  parts.push(markdown.slice(last).replace(/\s+/g, ' '));
  return parts.join('').trim();
}

/** The page's text for the full and the small file; converted once unless the small file leaves something out. */
export function pageMarkdown(contentHtml: string): { full: string; small: string } {
  const tree = fromHtml(contentHtml, { fragment: true });
  const smallDiffers = tidy(tree);
  const full = markdownOf(tree);
  if (!smallDiffers) return { full, small: collapseWhitespace(full) };
  tidy(tree, smallOnlyDrops);
  return { full, small: collapseWhitespace(markdownOf(tree)) };
}

function pageBlock(page: BuiltPage, text: string): string {
  return [`# ${page.title}`, ...(page.description ? [`> ${page.description}`] : []), text].join('\n\n');
}

/** The three files' contents, from the built pages in the order they should appear. */
export function llmsFiles(pages: readonly BuiltPage[], site: string, options: LlmsTxtOptions) {
  const full: string[] = [`<SYSTEM>This is the full documentation for ${options.projectName}</SYSTEM>`];
  const small: string[] = [`<SYSTEM>This is the abridged documentation for ${options.projectName}</SYSTEM>`];
  const listed = new Map<string, string[]>();
  for (const page of pages) {
    const url = new URL(page.path, site).href;
    const heading = options.sectionOf(page.path);
    listed.set(heading, [
      ...(listed.get(heading) ?? []),
      `- [${page.title}](${url})${page.description ? `: ${page.description}` : ''}`,
    ]);
    if (!options.fullText(page.path)) continue;
    const text = pageMarkdown(page.contentHtml);
    full.push(pageBlock(page, text.full));
    small.push(pageBlock(page, text.small));
  }
  const index = [
    `# ${options.projectName}`,
    `> ${options.description}`,
    '## Documentation sets',
    [
      `- [Abridged documentation](${new URL('llms-small.txt', site).href}): the playbook's own pages, with notes, tips and collapsible details left out`,
      `- [Complete documentation](${new URL('llms-full.txt', site).href}): the full text of the playbook's own pages`,
    ].join('\n'),
    ...[...listed].flatMap(([heading, lines]) => [`## ${heading}`, lines.join('\n')]),
  ];
  return {
    'llms.txt': `${index.join('\n\n')}\n`,
    'llms-full.txt': `${full.join('\n\n')}\n`,
    'llms-small.txt': `${small.join('\n\n')}\n`,
  };
}

/** `/hub/getting-started/` → its HTML file in the output folder (directory format, but `404.html`). */
function htmlFileOf(outDir: string, path: string): string {
  const inFolder = join(outDir, path, 'index.html');
  return existsSync(inFolder) ? inFolder : join(outDir, `${path.replace(/\/$/, '')}.html`);
}

export default function llmsTxt(options: LlmsTxtOptions): AstroIntegration {
  let site = 'http://localhost/';
  return {
    name: 'partner-playbook:llms-txt',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const built = pages
          .map(({ pathname }) => `/${pathname}`.replace(/\/+$/, '/'))
          .filter((path) => !options.exclude.includes(path))
          .sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)))
          .map((path) => {
            const withContent = options.fullText(path);
            const html = readFileSync(htmlFileOf(outDir, path), 'utf8');
            return readBuiltPage(path, html, withContent);
          });
        const files = llmsFiles(built, site, options);
        for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
        logger.info(
          `llms files: ${built.filter((page) => options.fullText(page.path)).length} pages in full, ${built.length} listed.`,
        );
      },
    },
  };
}
