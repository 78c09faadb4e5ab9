/**
 * What the header search does once its box first gets focus (src/scripts/header-search.ts loads
 * this then): load the index, and answer each query with the same engine as the full search page
 * (src/scripts/search-engine.ts).
 */
import { answerStatus } from '../lib/search-answer';
import {
  answer,
  inRankOrder,
  loadPagefind,
  preloadQuery,
  resultItem,
  suggestionList,
  suggestionsFor,
  type Pagefind,
} from './search-engine';
import { SEARCH_DEBOUNCE_MS } from './search-timing';

/** The dialog is a quick look: a few results, and the full page for the rest. */
const SHOWN = 8;

export class HeaderSearchPanel {
  #element: HTMLElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLOListElement;
  #suggestions: HTMLElement;
  #link: HTMLAnchorElement;
  #runId = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(element: HTMLElement) {
    this.#element = element;
    this.#input = element.querySelector('input')!;
    this.#status = element.querySelector<HTMLElement>('[data-header-status]')!;
    this.#list = element.querySelector<HTMLOListElement>('[data-header-results]')!;
    this.#suggestions = element.querySelector<HTMLElement>('[data-header-suggestions]')!;
    this.#link = element.querySelector<HTMLAnchorElement>('[data-full-search-link]')!;
    void this.#pagefind().catch(() => undefined);
    this.#input.addEventListener('input', () => this.#typed());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        element.querySelector<HTMLAnchorElement>('[data-header-results] a')?.click();
      }
    });
    // Anything typed while this module was loading.
    if (this.#input.value) this.#typed();
  }

  #typed(): void {
    const query = this.#input.value.trim().slice(0, 200);
    // The search page trims and caps the query itself, so this stays as small as it can be.
    this.#link.href = `${this.#element.dataset['base'] ?? '/'}search/?${new URLSearchParams({ q: query })}`;
    clearTimeout(this.#debounce);
    void this.#pagefind()
      .then((pagefind) => preloadQuery(pagefind, query))
      .catch(() => undefined);
    this.#debounce = setTimeout(() => void this.#run(query), SEARCH_DEBOUNCE_MS);
  }

  #pagefind(): Promise<Pagefind> {
    return loadPagefind(this.#element.dataset['bundlePath'] ?? '/pagefind/');
  }

  async #run(query: string): Promise<void> {
    const runId = ++this.#runId;
    if (!query) {
      this.#list.replaceChildren();
      this.#suggestions.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind();
    } catch {
      this.#status.textContent = 'Search is unavailable: the search index could not be loaded.';
      return;
    }
    const found = await answer(pagefind, query);
    if (!found || runId !== this.#runId) return;
    this.#status.textContent = answerStatus({
      query,
      strictCount: found.strictCount,
      partialCount: found.results.length - found.strictCount,
      filtered: false,
      unknown: found.unknown,
    });
    // The previous results stay until the first new one arrives, so the list does not flicker.
    let shown = 0;
    await inRankOrder(
      found.results.slice(0, SHOWN),
      () => runId === this.#runId,
      (data, result) => {
        const matched = found.matchedWords.get(result.id);
        const item = resultItem(data, matched === undefined ? undefined : { words: matched, of: found.words.length });
        if (shown++ === 0) this.#list.replaceChildren(item);
        else this.#list.append(item);
      },
    );
    if (found.results.length === 0) this.#list.replaceChildren();
    if (runId !== this.#runId) return;
    this.#suggestions.replaceChildren();
    if (found.results.length === 0) {
      const { glossary, pages } = await suggestionsFor(this.#element.dataset['base'] ?? '/', query);
      if (runId !== this.#runId) return;
      this.#suggestions.replaceChildren(
        ...(glossary.length > 0 ? [suggestionList('Glossary terms', glossary)] : []),
        ...(pages.length > 0 ? [suggestionList('Main pages', pages)] : []),
      );
    }
  }
}
