import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../src/lib/glossary-terms';
import { programGuidePath, programGuideTerms, termLinks } from '../../src/lib/program-guide-terms';

const anchorFor = (text: string) => programGuideTerms.find((term) => term.pattern.test(text))?.anchor;

describe('the program guide terms', () => {
  it.each([
    ['commission on first-year value', 'revenue-basis'],
    ['a multi-year contract', 'multi-year-deals'],
    ['an upsell the partner registers', 'upsells'],
    ['while it stays the partner of record', 'renewals'],
    ['the renewal margin', 'renewals'],
    ['a W-8BEN-E or a W-9', 'tax-forms'],
    ['paid in the next commission run', 'payment-timing'],
    ['a commission dispute', 'disputes'],
  ])('"%s" links to #%s', (text, anchor) => expect(anchorFor(text)).toBe(anchor));

  it.each([
    'manual tracking guarantees disputes',
    'commission runs for 12 months',
    'renewals of a customer',
    'the program currency',
    'a multi-year term negotiated per agreement',
  ])('leaves "%s" alone', (text) => expect(anchorFor(text)).toBeUndefined());

  it('replaces only glossary entries that exist', () => {
    const anchors = new Set(glossaryTerms.map((term) => term.anchor));
    for (const term of programGuideTerms) if (term.replaces) expect(anchors).toContain(term.replaces);
  });
});

describe('termLinks', () => {
  it('links the guide first where it is published, and its words no longer to the glossary', () => {
    const [guide, glossary] = termLinks(glossaryTerms, '/reference/glossary/', true);
    expect(guide?.path).toBe(programGuidePath);
    expect(glossary?.terms.map((term) => term.anchor)).not.toContain('first-year-value');
    expect(glossary?.terms.length).toBe(glossaryTerms.length - programGuideTerms.filter((t) => t.replaces).length);
    expect(guide?.skipFile('/site/content/docs/program/program-guide.mdx')).toBe(true);
    expect(guide?.skipFile('/site/content/docs/reference/glossary.mdx')).toBe(false);
  });

  it('links nothing to the guide where it is not published, and keeps every glossary term', () => {
    const links = termLinks(glossaryTerms, '/reference/glossary/', false);
    expect(links.map((set) => set.path)).toEqual(['/reference/glossary/']);
    expect(links[0]?.terms).toEqual(glossaryTerms);
  });
});
