import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../src/lib/glossary-terms';
import { builtPages, pageProse } from './checks';

/**
 * Every term in the maintained list is defined in the glossary, and every hub page (written to
 * partners) links the first use of each listed term it uses to that definition.
 */
const glossary = readFileSync('dist-partner/reference/glossary/index.html', 'utf8');

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
      const used = new RegExp(term.pattern.source, term.pattern.flags).test(pageProse(page.html));
      return used && !page.html.includes(`href="/reference/glossary/#${term.anchor}"`);
    });
    expect(unlinked.map((term) => term.anchor)).toEqual([]);
  });
});
