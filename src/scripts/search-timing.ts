/**
 * Wait after the last keystroke before searching, for both search boxes. Chosen with
 * `node scripts/bench-search.mjs`: a warm search on this site takes roughly 30–90 ms on two busy
 * cores, so 60 ms keeps keystroke-to-first-result near the 150 ms target; a longer wait (the
 * former 200 ms, or Pagefind UI's 300 ms) alone used up the target. Searches overtaken by the next
 * keystroke are dropped; what a search may fetch, and when, is in inRankOrder (search-engine.ts).
 * Its own module so the header search can read it without loading the search engine up front.
 */
export const SEARCH_DEBOUNCE_MS = 60;

/**
 * The longer wait for a query whose last word is still a single letter or the start of a filler
 * word, or that has filler words only (waitsForPause in src/lib/search-answer.ts). Longer than the
 * gap between keystrokes of most typists (150–300 ms), so those searches run only when the reader
 * stops there, and the index chunks for "h" or "wh" are not fetched on the way to "how".
 */
export const SEARCH_SETTLE_MS = 450;

/**
 * How long typing must pause before a result list loads more than its top result. Longer than the
 * gap between most people's keystrokes, so a search the next keystroke replaces has fetched one
 * result fragment at most, not three.
 */
export const LIST_PAUSE_MS = 200;
