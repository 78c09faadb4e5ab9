/**
 * Pagefind ranking, shared by the header search and the full search page (src/scripts/search-engine.ts)
 * and by Starlight's config, so everything ranks alike. These are Starlight's own defaults, written
 * out: tried against tests/e2e/search-questions.json, they put more pages in the top three than
 * Pagefind's defaults, mainly because long reference pages are not penalised for their length.
 */
export const searchRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
};
