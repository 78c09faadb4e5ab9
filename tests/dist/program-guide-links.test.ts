import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programGuidePath, programGuideTerms } from '../../src/lib/program-guide-terms';
import { builtPages, pageProse } from './checks';

/**
 * The program guide defines the words a partner agreement relies on (revenue basis, multi-year
 * deals, upsells, renewals, tax forms, payment timing, disputes). Every team page that uses one
 * links it to the guide's section, and the partner build, which has no guide, links nowhere near it.
 * The terms are the ones the linking plugin uses (src/lib/program-guide-terms.ts).
 */
const guideFile = `dist${programGuidePath}index.html`;
const guide = readFileSync(guideFile, 'utf8');
const pages = builtPages('dist').filter((page) => page.url !== programGuidePath);

/** The terms a page's prose uses that it does not link to their section of the guide. */
function unlinkedTerms(html: string): string[] {
  const prose = pageProse(html);
  return programGuideTerms
    .filter((term) => new RegExp(term.pattern.source, term.pattern.flags).test(prose))
    .filter((term) => !html.includes(`href="${programGuidePath}#${term.anchor}"`))
    .map((term) => `${term.anchor} (${new RegExp(term.pattern.source, term.pattern.flags).exec(prose)?.[0]})`);
}

describe('the program guide', () => {
  it.each([...new Set(programGuideTerms.map((term) => term.anchor))])('has a section #%s', (anchor) => {
    expect(guide).toContain(`id="${anchor}"`);
  });
});

describe('team pages link the program guide terms they use', () => {
  const using = pages.filter((page) =>
    programGuideTerms.some((term) => new RegExp(term.pattern.source, term.pattern.flags).test(pageProse(page.html))),
  );
  it('finds pages that use the terms', () => expect(using.length).toBeGreaterThan(10));
  it.each(pages.map((page) => [page.url, page]))('%s', (_url, page) => {
    expect(unlinkedTerms(page.html)).toEqual([]);
  });

  it('the check itself catches an unlinked term', () => {
    const html = (body: string) => `<main><div class="sl-markdown-content">${body}</div></main>`;
    expect(unlinkedTerms(html('<p>Paid in the next payment run.</p>'))).toEqual(['payment-timing (payment run)']);
    expect(
      unlinkedTerms(html(`<p>Paid in the next <a href="${programGuidePath}#payment-timing">payment run</a>.</p>`)),
    ).toEqual([]);
  });
});

describe('the partner build', () => {
  it('has no program guide and no link to it', () => {
    const partnerPages = builtPages('dist-partner');
    expect(partnerPages.map((page) => page.url)).not.toContain(programGuidePath);
    expect(
      partnerPages.filter((page) => page.html.includes(`href="${programGuidePath}`)).map((page) => page.url),
    ).toEqual([]);
  });
});
