import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../src/lib/glossary-terms';
import { builtPages } from './checks';

/**
 * Every term in the maintained list is defined in the glossary, and every hub page (written to
 * partners) links the first use of each listed term it uses to that definition.
 */
const glossary = readFileSync('dist-partner/reference/glossary/index.html', 'utf8');

/**
 * The page's own prose: the Markdown content, without what components render from their own data
 * (program tables and updates, link cards, checklists), which the Markdown plugin never sees.
 */
function mainText(html: string): string {
  const start = html.indexOf('<div class="sl-markdown-content">');
  const main = html.slice(start, html.indexOf('</main>', start));
  return main
    .replace(/<section[^>]*data-program-table[\s\S]*?<\/section>/gi, ' ')
    .replace(/<ul class="pp-program-updates[\s\S]*?<\/ul>/gi, ' ')
    .replace(/<pp-checklist\b[\s\S]*?<\/pp-checklist>/gi, ' ')
    .replace(/<div class="sl-link-card[\s\S]*?<\/svg>\s*<\/div>/gi, ' ')
    .replace(/<(script|style|h[1-6]|pre|code|button|summary|label)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[\s\S]*?<\/a>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

describe('the glossary', () => {
  it.each(glossaryTerms.map((term) => [term.anchor]))('defines %s', (anchor) => {
    expect(glossary).toContain(`id="${anchor}"`);
  });
});

describe('hub pages link their jargon to the glossary', () => {
  const hubPages = builtPages('dist-partner').filter((page) => page.url.startsWith('/hub/'));
  it('finds the hub pages', () => expect(hubPages.length).toBeGreaterThan(5));
  it.each(hubPages.map((page) => [page.url, page]))('%s links each listed term it uses', (_url, page) => {
    const unlinked = glossaryTerms.filter((term) => {
      const used = new RegExp(term.pattern.source, term.pattern.flags).test(mainText(page.html));
      return used && !page.html.includes(`href="/reference/glossary/#${term.anchor}"`);
    });
    expect(unlinked.map((term) => term.anchor)).toEqual([]);
  });
});
