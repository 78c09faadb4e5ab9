/**
 * How a typed question becomes search results, shared by the header search, the full search page
 * (both through src/scripts/search-engine.ts) and the search-quality test, so all three answer
 * alike. Pure: no DOM and no Pagefind, only words and result ids.
 *
 * People type questions ("how is commission paid on renewals"), not keywords. Pagefind requires
 * every word to match, so:
 *   1. the filler words of a question are dropped before searching;
 *   2. when the remaining words together find fewer than a handful of pages, pages that match
 *      most of the words are added after them, ranked by how many words they match;
 *   3. when nothing matches at all, the reader is offered glossary terms and the main pages.
 */

/**
 * Words that carry no topic in a question about this playbook. Question words, pronouns,
 * auxiliaries and joining words, plus "vs"/"versus" ("sourced vs influenced revenue") and the
 * everyday verbs of a question ("get", "use", "work"). Topic words are never here, even short
 * ones such as "tier", "fee" or "mdf".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after all also am an and any are as at be been before being but by can could did do does
  doing for from get gets getting got had has have having he her here hers him his how i if in into
  is it its it's me might more most must my no not of off on once only or other our ours out over
  own please same she should so some such than that the their theirs them then there these they
  this those through to too under until up use using very vs versus was we were what when where
  which while who whom whose why will with would you your yours work works there's what's how's
  i'm we're they're don't doesn't can't get's let let's`
    .split(/\s+/)
    .filter(Boolean),
);

/** Fewer strict results than this and partial matches are added. */
export const HANDFUL = 5;

/** Lower-cased words of a query, punctuation trimmed, in order, without repeats. */
export function queryWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”"?!,;:()[\]{}]/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

export interface SearchWords {
  /** The words that are searched for. */
  words: string[];
  /** The filler words that were left out. */
  ignored: string[];
}

/**
 * The topic words of a query. A query made only of stop words ("who are you") is searched as
 * typed, since leaving nothing to search would answer nothing.
 */
export function searchWords(query: string): SearchWords {
  const all = queryWords(query);
  const words = all.filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return { words: all, ignored: [] };
  return { words, ignored: all.filter((word) => STOP_WORDS.has(word)) };
}

/**
 * Whether a search should wait for typing to pause rather than run at once. Searching a word
 * fetches the index chunk that holds it, so a word still being typed that is a single letter or
 * the start of a filler word ("h", "wh", "do") would fetch chunks the finished question never
 * needs ("how do I register a deal" needs "register" and "deal" only). A query of filler words
 * only waits too. The wait is SEARCH_SETTLE_MS (src/scripts/search-timing.ts).
 */
export function waitsForPause(text: string): boolean {
  const typed = queryWords(text);
  if (typed.every((word) => STOP_WORDS.has(word))) return typed.length > 0;
  return pendingWord(text) !== undefined;
}

/** The topic words worth fetching index chunks for while the query is still being typed. */
export function preloadWords(text: string): string[] {
  const typed = queryWords(text).filter((word) => !STOP_WORDS.has(word));
  const pending = pendingWord(text);
  return typed.filter((word) => word !== pending);
}

/** The last word, when it is still being typed and may yet become a filler word or is one letter. */
function pendingWord(text: string): string | undefined {
  if (/\s$/.test(text)) return undefined;
  const last = queryWords(text.split(/\s+/).at(-1) ?? '')[0];
  if (!last || STOP_WORDS.has(last)) return undefined;
  const startsFiller = [...STOP_WORDS].some((stop) => stop.startsWith(last));
  return last.length === 1 || startsFiller ? last : undefined;
}

/** "Most of the words": at least half of them, rounded up, and at least one. */
export function mostOf(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / 2));
}

/** One word's results: page ids with Pagefind's score, best first. */
export type WordMatches = { id: string; score: number }[];

export interface PartialMatch {
  id: string;
  /** How many of the query's words the page matches. */
  matched: number;
}

/**
 * Pages that match most, but not all, of the words, from one Pagefind search per word: more
 * words matched ranks higher; among equals, the higher summed score. Pages already found by the
 * strict search are left out (they come first anyway).
 */
export function partialMatches(strictIds: readonly string[], perWord: readonly WordMatches[]): PartialMatch[] {
  const strict = new Set(strictIds);
  const pages = new Map<string, { matched: number; score: number; firstSeen: number }>();
  let order = 0;
  for (const matches of perWord) {
    for (const { id, score } of matches) {
      if (strict.has(id)) continue;
      const page = pages.get(id) ?? { matched: 0, score: 0, firstSeen: order++ };
      page.matched += 1;
      page.score += score;
      pages.set(id, page);
    }
  }
  const needed = mostOf(perWord.length);
  return [...pages.entries()]
    .filter(([, page]) => page.matched >= needed)
    .sort(([, a], [, b]) => b.matched - a.matched || b.score - a.score || a.firstSeen - b.firstSeen)
    .map(([id, page]) => ({ id, matched: page.matched }));
}

/**
 * Whether a page's text really has the word. Pagefind never answers "nothing": for a word it
 * does not know ("xyzzy", "clawbak") it retries with ever shorter starts of it and matches
 * "X" or "claws". A word counts as known when its best page has a word that begins like it,
 * allowing for the endings stemming removes ("planning" → "plan", "companies" → "company").
 */
export function isKnownWord(word: string, pageText: string): boolean {
  const tokens = pageText.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // "one-pager" and "co-marketing" are known when each part is.
  return word
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((part) => {
      const start = part.slice(0, Math.max(Math.min(part.length, 4), part.length - 4));
      return tokens.some((token) => token.startsWith(start));
    });
}

/**
 * A word's best page scoring at least this is a real match, with no need to read the page's text
 * (which costs a fragment download). Measured with the shared ranking on this site: pages Pagefind
 * finds by retrying a shorter start of an unknown word score 0.013 or less; the best page for a
 * real word scores 0.2 or more.
 */
export const CLEAR_MATCH_SCORE = 0.05;

/** Whether the strict results are too few, so partial matches should be added. */
export function needsPartialMatches(strictCount: number, wordCount: number): boolean {
  return wordCount > 1 && strictCount < HANDFUL;
}

export interface Suggestion {
  title: string;
  url: string;
}

/** Levenshtein distance, small strings only (query words against glossary words). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How close a glossary term is to the query: shared word starts and near-misspellings count. */
function closeness(words: readonly string[], term: string): number {
  const termWords = queryWords(term);
  let total = 0;
  for (const word of words) {
    let best = 0;
    for (const termWord of termWords) {
      if (word === termWord) best = Math.max(best, 3);
      else if (word.length >= 3 && (termWord.startsWith(word) || (word.startsWith(termWord) && termWord.length >= 3)))
        best = Math.max(best, 2);
      else if (word.length >= 4 && editDistance(word, termWord) <= (word.length >= 7 ? 2 : 1)) best = Math.max(best, 1);
    }
    total += best;
  }
  return total;
}

/**
 * Glossary terms to offer when nothing matched: those closest to the query's words (a typo such
 * as "clawbak", a word start such as "attrib"); when none is close, the first terms as listed.
 */
export function suggestTerms(query: string, terms: readonly Suggestion[], limit = 5): Suggestion[] {
  const { words } = searchWords(query);
  const scored = terms
    .map((term, index) => ({ term, index, score: closeness(words, term.title) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ term }) => term);
  return (scored.length > 0 ? scored : terms).slice(0, limit);
}

export interface AnswerSummary {
  query: string;
  /** Pages that match every searched word. */
  strictCount: number;
  /** Pages added because they match most of the words. */
  partialCount: number;
  /** Whether facet filters narrowed the search (search page only). */
  filtered: boolean;
  /** Words no page has, left out of the search. */
  unknown?: readonly string[];
}

/** The one-line status both search boxes show, so the reader knows when partial matches were added. */
export function answerStatus(summary: AnswerSummary): string {
  const status = statusLine(summary);
  const unknown = summary.unknown ?? [];
  if (unknown.length === 0 || summary.strictCount + summary.partialCount === 0) return status;
  return `${status} No page has ${unknown.map((word) => `“${word}”`).join(' or ')}, so ${unknown.length === 1 ? 'it was' : 'they were'} left out.`;
}

function statusLine({ query, strictCount, partialCount, filtered }: AnswerSummary): string {
  const quoted = query ? ` “${query}”` : '';
  const withFilters = filtered ? ' with the chosen filters' : '';
  const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
  if (strictCount + partialCount === 0) {
    return filtered
      ? `No pages match${quoted}${withFilters}. Try clearing the filters or using fewer words.`
      : `No pages match${quoted}. Try a glossary term or one of the main pages below.`;
  }
  if (partialCount === 0) {
    return `${pages(strictCount)} ${strictCount === 1 ? 'matches' : 'match'}${quoted}${withFilters}.`;
  }
  const strict =
    strictCount === 0
      ? 'No page matches every word'
      : `Only ${pages(strictCount)} ${strictCount === 1 ? 'matches' : 'match'} every word`;
  return `${strict} of${quoted}${withFilters}, so ${pages(partialCount)} matching most of the words ${partialCount === 1 ? 'follows' : 'follow'}.`;
}
