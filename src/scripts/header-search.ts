/**
 * The header search inside Starlight's search dialog (markup: src/components/starlight/Search.astro).
 * It moves itself into the dialog, loads the index when its input gets focus, and answers with
 * the same engine as the full search page (src/scripts/search-engine.ts).
 */
import { answerStatus } from '../lib/search-answer';
import {
  answer,
  inRankOrder,
  loadPagefind,
  preloadQuery,
  resultItem,
  SEARCH_DEBOUNCE_MS,
  suggestionList,
  suggestionsFor,
  type Pagefind,
} from './search-engine';

/** The dialog is a quick look: a few results, and the full page for the rest. */
const SHOWN = 8;

export class HeaderSearchElement extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #suggestions!: HTMLElement;
  #link!: HTMLAnchorElement;
  #runId = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const container = document.querySelector('site-search .search-container');
    // Starlight's development server shows a notice instead of search; so does this element.
    // Moving the element into the dialog connects it again; set up once, from there.
    if (!container || this.parentElement !== container) {
      container?.prepend(this);
      return;
    }
    this.hidden = false;
    this.#input = this.querySelector('input')!;
    this.#status = this.querySelector<HTMLElement>('[data-header-status]')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-header-results]')!;
    this.#suggestions = this.querySelector<HTMLElement>('[data-header-suggestions]')!;
    this.#link = this.querySelector<HTMLAnchorElement>('[data-full-search-link]')!;

    this.#input.addEventListener('focus', () => void this.#pagefind().catch(() => undefined));
    this.#input.addEventListener('input', () => {
      const query = this.#input.value.trim().slice(0, 200);
      // The search page trims and caps the query itself, so this stays as small as it can be.
      this.#link.href = `${this.dataset['base'] ?? '/'}search/?${new URLSearchParams({ q: query })}`;
      clearTimeout(this.#debounce);
      void this.#pagefind()
        .then((pagefind) => preloadQuery(pagefind, query))
        .catch(() => undefined);
      this.#debounce = setTimeout(() => void this.#run(query), SEARCH_DEBOUNCE_MS);
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.querySelector<HTMLAnchorElement>('[data-header-results] a')?.click();
      }
    });
  }

  #pagefind(): Promise<Pagefind> {
    return loadPagefind(this.dataset['bundlePath'] ?? '/pagefind/');
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
      const { glossary, pages } = await suggestionsFor(this.dataset['base'] ?? '/', query);
      if (runId !== this.#runId) return;
      this.#suggestions.replaceChildren(
        ...(glossary.length > 0 ? [suggestionList('Glossary terms', glossary)] : []),
        ...(pages.length > 0 ? [suggestionList('Main pages', pages)] : []),
      );
    }
  }
}
