/**
 * Behaviour of the full search page (markup: src/components/SearchPage.astro; address format and
 * excerpt handling: src/lib/search-query.ts). Every change of query or filter runs Pagefind and
 * writes the state back to the address with history.replaceState.
 */
import {
  facetNames,
  hasFilters,
  parseSearchParams,
  toPagefindFilters,
  toSearchParams,
  type Facet,
  type SearchState,
} from '../lib/search-query';
import {
  answer,
  answerItems,
  SearchSession,
  statusLine,
  type Answer,
  type FilterCounts,
  type Pagefind,
} from './search-engine';

const PAGE_SIZE = 12;

export class SearchPageElement extends HTMLElement {
  #filtersLoaded: Promise<FilterCounts> | undefined;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #notice!: HTMLElement;
  /** The latest answer, shown a page of results at a time. */
  #found: Answer | undefined;
  #suggestions!: HTMLElement;
  #shown = 0;
  #session!: SearchSession;
  /** Whether the search that was started last is still the latest (see SearchSession.begin). */
  #isCurrent: () => boolean = () => false;

  connectedCallback(): void {
    this.#input = this.querySelector<HTMLInputElement>('#pp-search-query')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    this.#notice = this.querySelector<HTMLElement>('[data-notice]')!;
    this.#suggestions = this.querySelector<HTMLElement>('[data-suggestions]')!;
    this.#session = new SearchSession(this);

    const { state, ignored } = parseSearchParams(new URLSearchParams(window.location.search));
    this.#input.value = state.query;
    for (const checkbox of this.#checkboxes()) {
      const facet = checkbox.closest<HTMLElement>('[data-facet]')?.dataset['facet'] as Facet;
      checkbox.checked = state.filters[facet].includes(checkbox.value);
    }
    this.#showNotice(ignored);

    this.querySelector('[data-search-form]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#input.addEventListener('focus', () => void this.#session.pagefind().catch(() => undefined));
    this.#input.addEventListener('input', () => {
      this.#session.typed(this.#input.value, toPagefindFilters(this.#state()), () => void this.#run());
    });
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void this.#run();
    });
    this.querySelector('[data-clear-filters]')!.addEventListener('click', () => this.#clearFilters());
    this.#more.addEventListener('click', () => void this.#renderMore(true));
    void this.#run();
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')];
  }

  #state(): SearchState {
    const filters = Object.fromEntries(facetNames.map((facet) => [facet, [] as string[]])) as SearchState['filters'];
    for (const checkbox of this.#checkboxes()) {
      const facet = checkbox.closest<HTMLElement>('[data-facet]')?.dataset['facet'] as Facet;
      if (checkbox.checked) filters[facet].push(checkbox.value);
    }
    return { query: this.#input.value.trim().slice(0, 200), filters };
  }

  #showNotice(messages: string[]): void {
    this.#notice.hidden = messages.length === 0;
    this.#notice.textContent = messages.join(' ');
  }

  #clearFilters(): void {
    for (const checkbox of this.#checkboxes()) checkbox.checked = false;
    void this.#run();
    this.#input.focus();
  }

  /** Every filter's counts, loaded once: without it, counts cover only the filters in use. */
  #allFilterCounts(pagefind: Pagefind): Promise<FilterCounts> {
    this.#filtersLoaded ??= pagefind.filters();
    return this.#filtersLoaded;
  }

  async #run(): Promise<void> {
    const isCurrent = (this.#isCurrent = this.#session.begin());
    this.#list.setAttribute('aria-busy', 'true');
    const state = this.#state();
    const params = toSearchParams(state).toString();
    window.history.replaceState(null, '', `${window.location.pathname}${params ? `?${params}` : ''}`);

    let pagefind: Pagefind;
    try {
      pagefind = await this.#session.pagefind();
    } catch {
      if (!isCurrent()) return;
      this.#renderFailure();
      this.#list.setAttribute('aria-busy', 'false');
      return;
    }
    this.#suggestions.replaceChildren();
    if (!state.query && !hasFilters(state)) {
      const counts = await this.#allFilterCounts(pagefind);
      if (!isCurrent()) return;
      this.#renderCounts(counts);
      this.#found = undefined;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = 'Type a question or a few words, or pick a filter to browse.';
      this.#list.setAttribute('aria-busy', 'false');
      return;
    }
    // Pagefind counts a filter's pages only once that filter's index is loaded.
    await this.#allFilterCounts(pagefind);
    const found = await answer(pagefind, state.query, toPagefindFilters(state));
    if (!found || !isCurrent()) return;
    if (found.strictCount > 0 || hasFilters(state)) this.#renderCounts(found.filters);
    this.#found = found;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#status.textContent = statusLine(found, state.query, hasFilters(state));
    if (found.results.length === 0) {
      this.#more.hidden = true;
      if (!hasFilters(state)) {
        const lists = await this.#session.suggestions(state.query);
        if (isCurrent()) this.#suggestions.replaceChildren(...lists);
      }
    } else {
      await this.#renderMore(false);
    }
    if (isCurrent()) this.#list.setAttribute('aria-busy', 'false');
  }

  async #renderMore(moveFocus: boolean): Promise<void> {
    const found = this.#found;
    if (!found) return;
    const batch = found.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    // Hidden until this page of results is all in, so it cannot ask for the same page twice.
    this.#more.hidden = true;
    this.#list.setAttribute('aria-busy', 'true');
    const pace = this.#session.pace(this.#list);
    let first = true;
    const complete = await answerItems(
      found,
      batch,
      this.#isCurrent,
      (item) => {
        this.#list.append(item);
        if (first && moveFocus) item.querySelector('a')?.focus();
        first = false;
      },
      {
        typingPaused: pace.typingPaused,
        nearEnd: () => {
          // The first results are in; the rest load as the reader scrolls to them.
          this.#list.setAttribute('aria-busy', 'false');
          return pace.nearEnd();
        },
      },
    );
    if (!complete) return;
    this.#list.setAttribute('aria-busy', 'false');
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= found.results.length;
  }

  #renderCounts(counts: FilterCounts): void {
    for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet = '', value = ''] = (element.dataset['countFor'] ?? '').split(':');
      const count = counts[facet]?.[value] ?? 0;
      element.textContent = `(${count})`;
      element.setAttribute('aria-label', `${count} ${count === 1 ? 'page' : 'pages'}`);
    }
  }

  #renderFailure(): void {
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.#status.textContent =
      'Search is unavailable: the search index could not be loaded. Check your connection and reload the page, or browse with the sidebar.';
  }
}

if (!customElements.get('pp-search-page')) customElements.define('pp-search-page', SearchPageElement);
