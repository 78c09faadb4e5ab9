import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsBudgets, pageWeight } from '../../src/build/page-weight';
import {
  builtImages,
  builtPages,
  imageReferences,
  imagesOverTotal,
  missingImages,
  overBudget,
  oversizedImages,
} from './checks';

/** Byte budgets from the quality issue. A failure names the page and its bytes. */
const KB = 1024;
const { contentPage: CONTENT_PAGE_JS, diagramLoader: DIAGRAM_LOADER_JS, toolExtra: TOOL_EXTRA_JS } = jsBudgets;
/**
 * Images: the builds hold one image today, public/favicon.svg (260 B). A file may grow to 16 KB
 * (an SVG logo or diagram, a small optimized WebP or PNG) and all images of a build to 64 KB
 * together; a screenshot or a photo has to be made smaller, or these raised on purpose.
 */
const MAX_IMAGE = 16 * KB;
const MAX_IMAGES_TOTAL = 64 * KB;
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const pages = builtPages(dist);
/**
 * Interactive pages: calculators, the full search page, and pages with a checklist or template widget
 * (custom elements pp-*). The header search (pp-header-search) is on every page, so it counts as content.
 */
const toolPages = pages.filter(
  (page) => page.url.startsWith('/tools/') || /<pp-(?!header-search[\s>])[a-z-]+[\s>]/.test(page.html),
);
const contentPages = pages.filter((page) => !toolPages.includes(page));
const hasDiagram = (page: { html: string }) => page.html.includes('class="mermaid"');
const plainPages = contentPages.filter((page) => !hasDiagram(page));
const loadsMermaidUpFront = (html: string) => pageWeight(dist, html).scripts.some((url) => /mermaid/i.test(url));

describe('JavaScript budgets', () => {
  it(`every plain content page ships at most ${CONTENT_PAGE_JS / KB} KB gzip of JavaScript`, () => {
    expect(plainPages.length).toBeGreaterThan(0);
    const problems = overBudget(dist, plainPages, () => CONTENT_PAGE_JS);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`a page with a diagram adds at most ${DIAGRAM_LOADER_JS / KB} KB for its loader and loads mermaid only on demand`, () => {
    const withDiagram = contentPages.filter(hasDiagram);
    expect(withDiagram.length).toBeGreaterThan(0);
    const problems = overBudget(dist, withDiagram, () => CONTENT_PAGE_JS + DIAGRAM_LOADER_JS);
    expect(problems, problems.join('\n')).toEqual([]);
    for (const page of withDiagram) {
      expect(loadsMermaidUpFront(page.html), `${page.url} loads mermaid up front`).toBe(false);
      const lazy = pageWeight(dist, page.html).lazyScripts;
      expect(
        lazy.some((url) => /mermaid/i.test(url)),
        `${page.url} cannot load mermaid at all`,
      ).toBe(true);
    }
  });

  it(`every interactive page ships at most ${TOOL_EXTRA_JS / KB} KB gzip beyond a content page of the same kind`, () => {
    // A tool page with a diagram is compared with a content page that has one (both carry the diagram loader).
    const heaviest = (group: typeof pages) => Math.max(...group.map((page) => pageWeight(dist, page.html).gzipBytes));
    const plain = heaviest(plainPages);
    const withDiagram = heaviest(contentPages.filter(hasDiagram));
    const problems = overBudget(dist, toolPages, (page) => (hasDiagram(page) ? withDiagram : plain) + TOOL_EXTRA_JS);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('what a calculator loads', () => {
  it('reads saved settings with a parser it fetches only when the browser has saved some', () => {
    // Every calculator element gets the program defaults in data-defaults; the settings page itself edits the file.
    const calculators = toolPages.filter(
      (page) => /<pp-[a-z-]+ data-defaults/.test(page.html) && page.url !== '/tools/settings/',
    );
    expect(calculators.length).toBeGreaterThanOrEqual(7);
    for (const page of calculators) {
      const weight = pageWeight(dist, page.html);
      expect(
        weight.scripts.filter((url) => url.includes('/settings-file.')),
        `${page.url} loads the settings parser up front`,
      ).toEqual([]);
      expect(
        weight.lazyScripts.some((url) => url.includes('/settings-file.')),
        `${page.url} cannot load the settings parser at all`,
      ).toBe(true);
    }
  });
});

describe.each(['dist', 'dist-partner'])('images in %s', (build) => {
  const dir = join(root, build);

  it('holds the favicon, so the budgets below weigh real files', () => {
    expect(builtImages(dir).map((image) => image.path)).toContain('/favicon.svg');
  });

  it(`no image file is over ${MAX_IMAGE / KB} KB`, () => {
    expect(oversizedImages(dir, MAX_IMAGE)).toEqual([]);
  });

  it(`all image files together stay within ${MAX_IMAGES_TOTAL / KB} KB`, () => {
    expect(imagesOverTotal(dir, MAX_IMAGES_TOTAL)).toEqual([]);
  });

  it('every image a page shows (img, srcset, icon link) is a file in the build', () => {
    expect(builtPages(dir).flatMap(imageReferences).length).toBeGreaterThan(0);
    const problems = missingImages(dir);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
