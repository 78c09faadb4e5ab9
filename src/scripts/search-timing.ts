/**
 * Wait after the last keystroke before searching, for both search boxes. Chosen with
 * `node scripts/bench-search.mjs`: a warm search on this site takes roughly 30–90 ms on two busy
 * cores, so 60 ms keeps keystroke-to-first-result near the 150 ms target; a longer wait (the
 * former 200 ms, or Pagefind UI's 300 ms) alone used up the target. Searches overtaken by the next
 * keystroke are dropped and cost at most one result fragment (inRankOrder in search-engine.ts).
 * Its own module so the header search can read it without loading the search engine up front.
 */
export const SEARCH_DEBOUNCE_MS = 60;
