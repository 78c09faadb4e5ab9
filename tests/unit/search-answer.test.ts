import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answerStatus,
  HANDFUL,
  isKnownWord,
  mostOf,
  needsPartialMatches,
  partialMatches,
  queryWords,
  preloadWords,
  searchWords,
  suggestTerms,
  waitsForPause,
} from '../../src/lib/search-answer';

describe('waitsForPause and preloadWords', () => {
  // Each step of typing "how do I register a deal", and whether that step searches at once.
  it.each([
    ['h', true, []],
    ['ho', true, []],
    ['how', true, []],
    ['how d', true, []],
    ['how do I r', true, []],
    ['how do I re', false, ['re']],
    ['how do I register a d', true, ['register']],
    ['how do I register a de', false, ['register', 'de']],
    ['how do I register a deal', false, ['register', 'deal']],
    ['what do I get at go', true, []],
    ['what do I get at gol', false, ['gol']],
  ])('%j waits: %s, preloads %j', (text, waits, words) => {
    expect(waitsForPause(text)).toBe(waits);
    expect(preloadWords(text)).toEqual(words);
  });

  it('searches a finished word at once, even one a filler word starts with', () => {
    // A space after the word says it is finished.
    expect(waitsForPause('go ')).toBe(false);
    expect(preloadWords('go ')).toEqual(['go']);
    expect(waitsForPause('partner program')).toBe(false);
  });

  it('waits on a question of filler words only, and on nothing for an empty box', () => {
    expect(waitsForPause('who are you')).toBe(true);
    expect(waitsForPause('who are you ')).toBe(true);
    expect(waitsForPause('   ')).toBe(false);
  });
});

describe('searchWords', () => {
  it.each([
    ['what do I get at gold', ['gold']],
    ['can I use your logo', ['logo']],
    ['how is commission paid on renewals', ['commission', 'paid', 'renewals']],
    ['who owns the renewal', ['owns', 'renewal']],
    ['sourced vs influenced revenue', ['sourced', 'influenced', 'revenue']],
    ['how do I register a deal?', ['register', 'deal']],
    ['What’s the MDF “approval” process', ['mdf', 'approval', 'process']],
    ['co-marketing budget formula', ['co-marketing', 'budget', 'formula']],
  ])('%s → %j', (query, words) => {
    expect(searchWords(query).words).toEqual(words);
  });

  it('reports the words it left out', () => {
    expect(searchWords('how do I register a deal').ignored).toEqual(['how', 'do', 'i', 'a']);
  });

  it('searches a query of stop words only as typed, rather than for nothing', () => {
    expect(searchWords('who are you')).toEqual({ words: ['who', 'are', 'you'], ignored: [] });
  });

  it('drops repeats and empty words', () => {
    expect(queryWords('  tier, tier ... TIER!  ')).toEqual(['tier']);
  });
});

describe('partialMatches', () => {
  const word = (...ids: string[]) => ids.map((id, index) => ({ id, score: 1 - index / 10 }));

  it('ranks by how many words a page matches, then by summed score, leaving out strict results', () => {
    const perWord = [word('a', 'b', 'c'), word('b', 'c', 'd'), word('c', 'e')];
    expect(partialMatches(['c'], perWord)).toEqual([{ id: 'b', matched: 2 }]);
    expect(partialMatches([], [word('a', 'b'), word('b', 'c')])).toEqual([
      { id: 'b', matched: 2 },
      { id: 'a', matched: 1 },
      { id: 'c', matched: 1 },
    ]);
  });

  it('needs most of the words: half, rounded up', () => {
    expect([1, 2, 3, 4, 5].map(mostOf)).toEqual([1, 1, 2, 2, 3]);
  });

  it('never returns a page below "most of the words" or a strict result (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 2 }),
        (lists, strict) => {
          const perWord = lists.map((ids) => [...new Set(ids)].map((id) => ({ id, score: 1 })));
          const result = partialMatches(strict, perWord);
          for (const { id, matched } of result) {
            expect(strict).not.toContain(id);
            expect(matched).toBeGreaterThanOrEqual(mostOf(perWord.length));
            expect(matched).toBe(perWord.filter((list) => list.some((page) => page.id === id)).length);
          }
          const counts = result.map(({ matched }) => matched);
          expect(counts).toEqual([...counts].sort((x, y) => y - x));
        },
      ),
    );
  });
});

describe('needsPartialMatches', () => {
  it.each([
    [0, 2, true],
    [HANDFUL - 1, 3, true],
    [HANDFUL, 3, false],
    [0, 1, false],
  ])('%i strict results for %i words → %s', (strict, words, expected) => {
    expect(needsPartialMatches(strict, words)).toBe(expected);
  });
});

describe('isKnownWord', () => {
  it.each([
    ['renewals', 'Each renewal pays again.', true],
    ['planning', 'Plan the webinar together.', true],
    ['register', 'Registration opens the window.', true],
    ['one-pager', 'A one-pager for partners.', true],
    ['xyzzy', 'X. Y. Z.', false],
    ['webinr', 'We sell together.', false],
    ['qqq', 'Q. Quarterly reviews.', false],
  ])('%s in “%s” → %s', (word, text, expected) => {
    expect(isKnownWord(word, text)).toBe(expected);
  });
});

describe('suggestTerms', () => {
  const terms = ['Clawback', 'Co-marketing', 'Deal registration', 'Multi-touch attribution', 'Tier'].map((title) => ({
    title,
    url: `/reference/glossary/#${title.toLowerCase()}`,
  }));

  it.each([
    ['clawbak', 'Clawback'],
    ['attrib', 'Multi-touch attribution'],
    ['registraton rules', 'Deal registration'],
  ])('%s suggests %s first', (query, title) => {
    expect(suggestTerms(query, terms)[0]?.title).toBe(title);
  });

  it('offers the first terms when none is close', () => {
    expect(suggestTerms('xyzzy', terms, 2).map((term) => term.title)).toEqual(['Clawback', 'Co-marketing']);
  });
});

describe('answerStatus', () => {
  it.each([
    [{ query: 'tier', strictCount: 12, partialCount: 0, filtered: false }, '12 pages match “tier”.'],
    [
      { query: 'tier', strictCount: 1, partialCount: 0, filtered: true },
      '1 page matches “tier” with the chosen filters.',
    ],
    [
      { query: 'sourced vs influenced', strictCount: 2, partialCount: 9, filtered: false },
      'Only 2 pages match every word of “sourced vs influenced”, so 9 pages matching most of the words follow.',
    ],
    [
      { query: 'gold webinr', strictCount: 0, partialCount: 1, filtered: false },
      'No page matches every word of “gold webinr”, so 1 page matching most of the words follows.',
    ],
    [
      { query: 'xyzzy', strictCount: 0, partialCount: 0, filtered: false },
      'No pages match “xyzzy”. Try a glossary term or one of the main pages below.',
    ],
    [
      { query: 'webinr planning', strictCount: 4, partialCount: 0, filtered: false, unknown: ['webinr'] },
      '4 pages match “webinr planning”. No page has “webinr”, so it was left out.',
    ],
  ])('%j', (summary, expected) => {
    expect(answerStatus(summary)).toBe(expected);
  });
});
