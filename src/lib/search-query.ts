/**
 * The full search page's state and its address: `/search/?q=…&type=reseller&stage=activate`.
 * Parameter names are public (people bookmark and share these links). Values outside the
 * taxonomy are dropped and reported, never passed on to the search index.
 */
import { assets, audiences, impacts, partnerTypes, stages } from './taxonomy';

/** Facet → URL parameter name, Pagefind filter name and allowed values. */
export const facets = {
  audience: { param: 'audience', label: 'Audience', values: audiences },
  partnerType: { param: 'type', label: 'Partner type', values: partnerTypes },
  stage: { param: 'stage', label: 'Lifecycle stage', values: stages },
  asset: { param: 'asset', label: 'Enablement asset', values: assets },
  impact: { param: 'impact', label: 'Impact', values: impacts },
} as const;

export type Facet = keyof typeof facets;
export const facetNames = Object.keys(facets) as Facet[];

export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
}

export interface ParsedSearch {
  state: SearchState;
  /** Human-readable notes about parameters that were ignored. */
  ignored: string[];
}

export function emptyFilters(): Record<Facet, string[]> {
  return { audience: [], partnerType: [], stage: [], asset: [], impact: [] };
}

export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const ignored: string[] = [];
  let query = (params.get('q') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    ignored.push(`The search text was cut to ${MAX_QUERY_LENGTH} characters.`);
    query = query.slice(0, MAX_QUERY_LENGTH);
  }
  const filters = emptyFilters();
  for (const facet of facetNames) {
    const { param, label, values } = facets[facet];
    for (const value of params.getAll(param)) {
      if ((values as readonly string[]).includes(value)) {
        if (!filters[facet].includes(value)) filters[facet].push(value);
      } else {
        ignored.push(
          `“${value.slice(0, 40)}” is not a ${label.toLowerCase()} this site knows, so that filter was ignored.`,
        );
      }
    }
  }
  return { state: { query, filters }, ignored };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of facetNames) {
    for (const value of state.filters[facet]) params.append(facets[facet].param, value);
  }
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return facetNames.some((facet) => state.filters[facet].length > 0);
}

/**
 * Pagefind filter object: values within one facet are alternatives (any), facets combine (all).
 * Pagefind's filter names are the facet keys, matching data-pagefind-filter in PageMeta.
 */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const facet of facetNames) {
    if (state.filters[facet].length > 0) result[facet] = { any: [...state.filters[facet]] };
  }
  return result;
}

export type ExcerptPart = { text: string; highlighted: boolean };

/**
 * Splits a Pagefind excerpt (escaped text with <mark> tags) into plain parts so the page can
 * render it with text nodes only. Entities are decoded; any other tag is dropped as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) =>
    text
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    const before = excerpt.slice(last, match.index);
    if (before) parts.push({ text: decode(before), highlighted: false });
    parts.push({ text: decode(match[1] ?? ''), highlighted: true });
    last = match.index + match[0].length;
  }
  const rest = excerpt.slice(last);
  if (rest) parts.push({ text: decode(rest), highlighted: false });
  return parts.filter((part) => part.text !== '');
}
