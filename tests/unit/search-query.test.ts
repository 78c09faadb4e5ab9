import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  excerptParts,
  facetNames,
  hasFilters,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  toPagefindFilters,
  toSearchParams,
} from '../../src/lib/search-query';

const parse = (search: string) => parseSearchParams(new URLSearchParams(search));

describe('parseSearchParams', () => {
  it('reads the query and one parameter per filter value', () => {
    const { state, ignored } = parse(
      '?q=commission+for+resellers&type=reseller&type=oem&stage=activate&audience=partner',
    );
    expect(state.query).toBe('commission for resellers');
    expect(state.filters.partnerType).toEqual(['reseller', 'oem']);
    expect(state.filters.stage).toEqual(['activate']);
    expect(state.filters.audience).toEqual(['partner']);
    expect(ignored).toEqual([]);
  });

  it.each([
    ['?type=franchise', 'partner type'],
    ['?stage=<script>alert(1)</script>', 'lifecycle stage'],
    ['?impact=huge', 'impact'],
  ])('drops unknown values from %s and says which filter', (search, label) => {
    const { state, ignored } = parse(search);
    expect(hasFilters(state)).toBe(false);
    expect(ignored[0]).toContain(label);
  });

  it('cuts an over-long query and says so', () => {
    const { state, ignored } = parse(`?q=${'a'.repeat(500)}`);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(ignored[0]).toMatch(/cut/);
  });

  it('ignores duplicates and unrelated parameters', () => {
    const { state } = parse('?type=oem&type=oem&utm_source=mail');
    expect(state.filters.partnerType).toEqual(['oem']);
  });
});

describe('toSearchParams', () => {
  it('round-trips any valid state', () => {
    const facetValue = fc.constantFrom('reseller', 'oem', 'affiliate');
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.uniqueArray(facetValue, { maxLength: 3 }), (query, types) => {
        const trimmed = query.trim();
        const state = {
          query: trimmed,
          filters: { audience: [], partnerType: types, stage: [], asset: [], impact: [] },
        };
        expect(parseSearchParams(toSearchParams(state)).state).toEqual(state);
      }),
    );
  });
});

describe('toPagefindFilters', () => {
  it('makes values within a facet alternatives and leaves empty facets out', () => {
    const { state } = parse('?type=reseller&type=oem&audience=partner');
    expect(toPagefindFilters(state)).toEqual({
      partnerType: { any: ['reseller', 'oem'] },
      audience: { any: ['partner'] },
    });
    expect(facetNames).toContain('partnerType');
  });
});

describe('excerptParts', () => {
  it.each([
    ['plain text', [{ text: 'plain text', highlighted: false }]],
    [
      'pay <mark>MDF</mark> after &lt;proof&gt;',
      [
        { text: 'pay ', highlighted: false },
        { text: 'MDF', highlighted: true },
        { text: ' after <proof>', highlighted: false },
      ],
    ],
    [
      '<mark>a</mark><mark>b</mark>',
      [
        { text: 'a', highlighted: true },
        { text: 'b', highlighted: true },
      ],
    ],
    ['<img src=x onerror=alert(1)>safe', [{ text: 'safe', highlighted: false }]],
    ['', []],
  ])('%s', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});
