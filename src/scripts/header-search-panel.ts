/**
 * What the header search does once its box first gets focus (src/scripts/header-search.ts loads
 * this then): load the index, and answer each query with the same engine as the full search page
 * (src/scripts/search-engine.ts).
 */
import { answer, answerItems, SearchSession, statusLine, type Pagefind } from './search-engine';

/** The dialog is a quick look: a few results, and the full page for the rest. */
const SHOWN = 8;

export class HeaderSearchPanel {
  #element: HTMLElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLOListElement;
  #suggestions: HTMLElement;
  #link: HTMLAnchorElement;
  #session: SearchSession;

  /** `enterPressed`: the reader pressed Enter while this module was loading. */
  constructor(element: HTMLElement, enterPressed = false) {
    this.#element = element;
    this.#input = element.querySelector('input')!;
    this.#status = element.querySelector<HTMLElement>('[data-header-status]')!;
    this.#list = element.querySelector<HTMLOListElement>('[data-header-results]')!;
    this.#suggestions = element.querySelector<HTMLElement>('[data-header-suggestions]')!;
    this.#link = element.querySelector<HTMLAnchorElement>('[data-full-search-link]')!;
    this.#session = new SearchSession(element);
    void this.#session.pagefind().catch(() => undefined);
    this.#input.addEventListener('input', () => this.#typed());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      this.#enter();
    });
    // Anything typed while this module was loading, and Enter if it was pressed meanwhile.
    if (enterPressed) this.#enter();
    else if (this.#input.value) this.#typed();
  }

  /**
   * Enter opens the top result for what is in the box. It searches again rather than trust the
   * list on screen, which may still belong to an earlier query; the repeat costs nothing, since
   * Pagefind and the browser keep what the last search fetched.
   */
  #enter(): void {
    this.#session.cancelPending();
    const open = () => this.#element.querySelector<HTMLAnchorElement>('[data-header-results] a')?.click();
    void this.#run(this.#input.value.trim().slice(0, 200), open);
  }

  #typed(): void {
    const text = this.#input.value.slice(0, 200);
    const query = text.trim();
    // The search page trims and caps the query itself, so this stays as small as it can be.
    this.#link.href = `${this.#element.dataset['base'] ?? '/'}search/?${new URLSearchParams({ q: query })}`;
    this.#session.typed(text, {}, () => void this.#run(query));
  }

  /** Searches for `query` and shows the answer; `onFirst` runs once its top result is on the list. */
  async #run(query: string, onFirst?: () => void): Promise<void> {
    const isCurrent = this.#session.begin();
    if (!query) {
      this.#list.replaceChildren();
      this.#suggestions.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#session.pagefind();
    } catch {
      this.#status.textContent = 'Search is unavailable: the search index could not be loaded.';
      return;
    }
    const found = await answer(pagefind, query);
    if (!found || !isCurrent()) return;
    this.#status.textContent = statusLine(found, query, false);
    if (found.results.length === 0) {
      this.#list.replaceChildren();
      const lists = await this.#session.suggestions(query);
      if (isCurrent()) this.#suggestions.replaceChildren(...lists);
      return;
    }
    this.#suggestions.replaceChildren();
    // The previous results stay until the first new one arrives, so the list does not flicker.
    let shown = 0;
    await answerItems(
      found,
      found.results.slice(0, SHOWN),
      isCurrent,
      (item) => {
        if (shown++ > 0) return this.#list.append(item);
        this.#list.replaceChildren(item);
        onFirst?.();
      },
      this.#session.pace(this.#list),
    );
  }
}
