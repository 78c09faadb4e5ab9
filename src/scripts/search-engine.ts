/**
 * The search both search boxes run: the header search (src/components/starlight/Search.astro)
 * and the full search page (src/scripts/search-page.ts). It loads Pagefind once per page with
 * the shared ranking, answers a query with the rules in src/lib/search-answer.ts, and renders a
 * result with text nodes only. `SearchSession` is what each search box keeps between keystrokes.
 */
import {
  answerStatus,
  CLEAR_MATCH_SCORE,
  isKnownWord,
  needsPartialMatches,
  partialMatches,
  preloadWords,
  searchWords,
  suggestTerms,
  waitsForPause,
  type Suggestion,
} from '../lib/search-answer';
import { excerptParts } from '../lib/search-query';
import { searchRanking } from '../lib/search-ranking';
import { LIST_PAUSE_MS, SEARCH_DEBOUNCE_MS, SEARCH_SETTLE_MS } from './search-timing';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters: Record<string, unknown> }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: { filters: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

const loading = new Map<string, Promise<Pagefind>>();

/**
 * Pagefind with the shared ranking, loaded once per bundle path. Both search boxes call this
 * when their input gets focus, so the index is ready by the time the first word is typed.
 */
export function loadPagefind(bundlePath: string): Promise<Pagefind> {
  let pagefind = loading.get(bundlePath);
  if (!pagefind) {
    pagefind = (async () => {
      const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
      await module.options({ excerptLength: 24, ranking: searchRanking });
      await module.init();
      return module;
    })();
    pagefind.catch(() => loading.delete(bundlePath));
    loading.set(bundlePath, pagefind);
  }
  return pagefind;
}

/**
 * Starts fetching the index chunks the words typed so far will need, without waiting for the
 * debounce; a word still being typed that may become a filler word is left for later.
 */
export function preloadQuery(pagefind: Pagefind, text: string, filters: Record<string, unknown> = {}): void {
  const words = preloadWords(text);
  if (words.length > 0) void pagefind.preload(words.join(' '), { filters });
}

export interface Answer {
  /** Strict results first, then partial matches, best first within each. */
  results: PagefindResult[];
  strictCount: number;
  /** Result id → how many of the words it matches, for partial matches only. */
  matchedWords: Map<string, number>;
  /** The words searched for: the query's topic words that some page has. */
  words: string[];
  /** Topic words no page has. */
  unknown: string[];
  filters: FilterCounts;
}

/**
 * Answers a query: topic words only, words no page has left out, and partial matches when the
 * strict results are too few. Each word is searched on its own first; those searches load the
 * index chunks the strict search needs anyway, and tell which words are known.
 */
export async function answer(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, unknown> = {},
): Promise<Answer | null> {
  const { words: topicWords } = searchWords(query);
  if (topicWords.length === 0) {
    const browse = await pagefind.search(null, { filters });
    if (!browse) return null;
    const results = browse.results;
    return {
      results,
      strictCount: results.length,
      matchedWords: new Map(),
      words: [],
      unknown: [],
      filters: browse.filters,
    };
  }
  const searches = await Promise.all(topicWords.map((word) => pagefind.search(word, { filters })));
  // Unfiltered, a word's best page is the one to check; filtered, an empty list says nothing.
  const known = await Promise.all(
    searches.map(async (search, index) => {
      const best = search?.results[0];
      if (!best) return false;
      return best.score >= CLEAR_MATCH_SCORE || isKnownWord(topicWords[index]!, (await best.data()).content);
    }),
  );
  const words = topicWords.filter((_, index) => known[index]);
  const perWord = searches.filter((_, index) => known[index]);
  const unknown = topicWords.filter((_, index) => !known[index]);
  if (words.length === 0) {
    return {
      results: [],
      strictCount: 0,
      matchedWords: new Map(),
      words,
      unknown,
      filters: searches[0]?.filters ?? {},
    };
  }
  const strict = words.length === 1 ? perWord[0] : await pagefind.search(words.join(' '), { filters });
  if (!strict) return null;
  const result: Answer = {
    results: [...strict.results],
    strictCount: strict.results.length,
    matchedWords: new Map(),
    words,
    unknown,
    filters: strict.filters,
  };
  if (!needsPartialMatches(strict.results.length, words.length)) return result;
  const byId = new Map(perWord.flatMap((search) => search?.results ?? []).map((page) => [page.id, page]));
  const partial = partialMatches(
    strict.results.map((page) => page.id),
    perWord.map((search) => (search?.results ?? []).map(({ id, score }) => ({ id, score }))),
  );
  for (const { id, matched } of partial) {
    const page = byId.get(id);
    if (!page) continue;
    result.results.push(page);
    result.matchedWords.set(id, matched);
  }
  return result;
}

/** How many results load as soon as typing pauses; the rest load as the reader scrolls toward them. */
export const EAGER_RESULTS = 3;

/** When a result list may load more than its top result (SearchSession provides both). */
export interface ListPace {
  /** Typing has paused for `ms` since the last keystroke (at once if there was none). */
  typingPaused(ms: number): Promise<void>;
  /** The list's last item is in view: the reader may want the next one. */
  nearEnd(): Promise<void>;
}

/**
 * Loads each result's details and hands them over in rank order. The top result loads at once, so
 * it follows every keystroke. A fragment holds a page's whole text (4–10 KB), so the rest wait
 * until they are likely to be read: the next `eagerCount` - 1 until typing has paused for
 * LIST_PAUSE_MS, and any after those until the reader scrolls to them. A search overtaken by the
 * next keystroke stops at once.
 */
export async function inRankOrder(
  results: readonly PagefindResult[],
  isCurrent: () => boolean,
  show: (data: PagefindData, result: PagefindResult) => void,
  pace: ListPace,
  eagerCount = EAGER_RESULTS,
): Promise<boolean> {
  const [first, ...rest] = results;
  if (!first) return isCurrent();
  const firstData = await first.data();
  if (!isCurrent()) return false;
  show(firstData, first);
  if (rest.length === 0) return true;
  await pace.typingPaused(LIST_PAUSE_MS);
  if (!isCurrent()) return false;
  const eager = rest.slice(0, eagerCount - 1);
  const pending = eager.map((result) => result.data());
  for (const [index, data] of pending.entries()) {
    const loaded = await data;
    if (!isCurrent()) return false;
    show(loaded, eager[index]!);
  }
  for (const result of rest.slice(eagerCount - 1)) {
    await pace.nearEnd();
    if (!isCurrent()) return false;
    const loaded = await result.data();
    if (!isCurrent()) return false;
    show(loaded, result);
  }
  return true;
}

let suggestions: Promise<{ glossary: Suggestion[]; pages: Suggestion[] }> | undefined;

/** Glossary terms close to the query and the main pages, for a search that found nothing. */
async function suggestionsFor(base: string, query: string): Promise<{ glossary: Suggestion[]; pages: Suggestion[] }> {
  suggestions ??= fetch(`${base}search-suggestions.json`).then(
    (response) => (response.ok ? response.json() : { glossary: [], pages: [] }),
    () => ({ glossary: [], pages: [] }),
  );
  const all = await suggestions;
  return { glossary: suggestTerms(query, all.glossary), pages: all.pages };
}

/** The heading a result matched under: the anchored sub-result with the most weight. */
export function bestHeading(data: PagefindData): PagefindSubResult | undefined {
  const weight = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, loc) => sum + loc.weight, 0);
  return data.sub_results.filter((sub) => sub.url.includes('#')).sort((a, b) => weight(b) - weight(a))[0];
}

function excerptElement(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'pp-result__excerpt';
  for (const part of excerptParts(excerpt)) {
    if (part.highlighted) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else {
      paragraph.append(part.text);
    }
  }
  return paragraph;
}

/** One result: title link, section › heading line, excerpt, and for a partial match how many words it has. */
function resultItem(page: PagefindData, matched?: { words: number; of: number }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'pp-result__title';
  link.href = page.url;
  link.textContent = page.meta['title'] ?? page.url;
  item.append(link);
  const heading = bestHeading(page);
  const where = [page.meta['section'], heading?.title].filter(Boolean).join(' › ');
  if (where) {
    const line = document.createElement('p');
    line.className = 'pp-result__where';
    if (heading) {
      const headingLink = document.createElement('a');
      headingLink.href = heading.url;
      headingLink.textContent = where;
      line.append(headingLink);
    } else {
      line.textContent = where;
    }
    item.append(line);
  }
  item.append(excerptElement(heading?.excerpt ?? page.excerpt));
  if (matched) {
    item.dataset['partial'] = '';
    const note = document.createElement('p');
    note.className = 'pp-result__partial';
    note.textContent = `Matches ${matched.words} of ${matched.of} words`;
    item.append(note);
  }
  return item;
}

/** A "glossary terms" or "main pages" list for a search that found nothing. */
function suggestionList(heading: string, items: Suggestion[]): HTMLElement {
  const section = document.createElement('div');
  section.className = 'pp-suggestions';
  const title = document.createElement('p');
  title.className = 'pp-suggestions__heading';
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const { title: text, url } of items) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = text;
    item.append(link);
    list.append(item);
  }
  section.append(title, list);
  return section;
}

/** The status line for an answer: how many results, how many partial, and the words no page has. */
export function statusLine(found: Answer, query: string, filtered: boolean): string {
  return answerStatus({
    query,
    strictCount: found.strictCount,
    partialCount: found.results.length - found.strictCount,
    filtered,
    unknown: found.unknown,
  });
}

/**
 * How many of `results` (a run of `found`'s) load without waiting for the reader to scroll:
 * EAGER_RESULTS, or more where needed to reach the first partial match, since the status line
 * says partial matches were added.
 */
export function eagerCount(found: Pick<Answer, 'results' | 'strictCount'>, results: readonly PagefindResult[]): number {
  const offset = results[0] ? found.results.indexOf(results[0]) : 0;
  const hasPartial = found.strictCount < found.results.length;
  const throughFirstPartial = hasPartial ? found.strictCount - offset + 1 : 0;
  return Math.max(EAGER_RESULTS, throughFirstPartial);
}

/**
 * The list item of each of `results` (some of `found`'s), handed to `show` in rank order while
 * the search is current, the later ones as `pace` allows (see `inRankOrder`); a partial match
 * says how many words it has.
 */
export function answerItems(
  found: Answer,
  results: readonly PagefindResult[],
  isCurrent: () => boolean,
  show: (item: HTMLLIElement) => void,
  pace: ListPace,
): Promise<boolean> {
  return inRankOrder(
    results,
    isCurrent,
    (data, result) => {
      const matched = found.matchedWords.get(result.id);
      show(resultItem(data, matched === undefined ? undefined : { words: matched, of: found.words.length }));
    },
    pace,
    eagerCount(found, results),
  );
}

/**
 * What a search box keeps between keystrokes, the same for the header search and the search
 * page: its Pagefind (loaded once, from the element's `data-bundle-path`), the pause after typing,
 * and which search is the latest, so an answer overtaken by the next keystroke is dropped.
 */
export class SearchSession {
  readonly #bundlePath: string;
  #runId = 0;
  #keystrokes = 0;
  #lastKeyAt = -Infinity;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #watching: IntersectionObserver | undefined;

  constructor(element: HTMLElement) {
    this.#bundlePath = element.dataset['bundlePath'] ?? '/pagefind/';
  }

  pagefind(): Promise<Pagefind> {
    return loadPagefind(this.#bundlePath);
  }

  /**
   * Starts fetching the index chunks `text` (the box's value as typed) needs at once, and calls
   * `run` once typing pauses: briefly, or longer while the last word may still become a filler word.
   */
  typed(text: string, filters: Record<string, unknown>, run: () => void): void {
    this.#keystrokes += 1;
    this.#lastKeyAt = performance.now();
    clearTimeout(this.#debounce);
    void this.pagefind()
      .then((pagefind) => preloadQuery(pagefind, text, filters))
      .catch(() => undefined);
    this.#debounce = setTimeout(run, waitsForPause(text) ? SEARCH_SETTLE_MS : SEARCH_DEBOUNCE_MS);
  }

  /** Cancels the search a keystroke scheduled (the caller runs it now). */
  cancelPending(): void {
    clearTimeout(this.#debounce);
  }

  /**
   * Starts a search; the function returned says whether it is still the latest one. A keystroke
   * ends it at once, before the next search begins, so it fetches no more result fragments.
   */
  begin(): () => boolean {
    const runId = ++this.#runId;
    const keystrokes = this.#keystrokes;
    this.#watching?.disconnect();
    this.#watching = undefined;
    return () => runId === this.#runId && keystrokes === this.#keystrokes;
  }

  /**
   * The pace for a result list (see `inRankOrder`): typing pauses are timed from this session's
   * last keystroke; "near the end" is the list's last item wholly on screen, or within half a
   * screen below it on a scrolling page (inside the search dialog, only what the dialog shows
   * counts). A wait for the end is dropped when the next search begins.
   */
  pace(list: HTMLElement): ListPace {
    return {
      typingPaused: (ms) =>
        new Promise((resolve) => {
          setTimeout(resolve, Math.max(0, this.#lastKeyAt + ms - performance.now()));
        }),
      nearEnd: () =>
        new Promise((resolve) => {
          const last = list.lastElementChild;
          if (!last) return resolve();
          this.#watching?.disconnect();
          const watching = new IntersectionObserver(
            (entries) => {
              if (!entries.some((entry) => entry.isIntersecting)) return;
              watching.disconnect();
              resolve();
            },
            { rootMargin: '0px 0px 50% 0px', threshold: 1 },
          );
          this.#watching = watching;
          watching.observe(last);
        }),
    };
  }

  /** The "Glossary terms" and "Main pages" lists for a search that found nothing (none when there is nothing to suggest). */
  async suggestions(query: string): Promise<HTMLElement[]> {
    const { glossary, pages } = await suggestionsFor(this.#bundlePath.replace(/pagefind\/$/, ''), query);
    return [
      ...(glossary.length > 0 ? [suggestionList('Glossary terms', glossary)] : []),
      ...(pages.length > 0 ? [suggestionList('Main pages', pages)] : []),
    ];
  }
}
