/**
 * Behaviour of the full search page (markup: src/components/SearchPage.astro; address format and
 * excerpt handling: src/lib/search-query.ts). Every change of query or filter runs Pagefind and
 * writes the state back to the address with history.replaceState.
 */
import {
  excerptParts,
  facetNames,
  hasFilters,
  parseSearchParams,
  toPagefindFilters,
  toSearchParams,
  type Facet,
  type SearchState,
} from '../lib/search-query';
import { searchRanking } from '../lib/search-ranking';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: { filters: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 12;

/** The heading a result matched under: the anchored sub-result with the most weight. */
function bestHeading(data: PagefindData): PagefindSubResult | undefined {
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

export class SearchPageElement extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #notice!: HTMLElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  #runId = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector<HTMLInputElement>('#pp-search-query')!;
    this.#status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#list = this.querySelector<HTMLOListElement>('[data-results]')!;
    this.#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    this.#notice = this.querySelector<HTMLElement>('[data-notice]')!;

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
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => void this.#run(), 200);
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

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundlePath = this.dataset['bundlePath'] ?? '/pagefind/';
      const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 24, ranking: searchRanking });
      await pagefind.init();
      // Loads every filter's index; without it, result counts cover only the filters in use.
      await pagefind.filters();
      return pagefind;
    })();
    return this.#pagefind;
  }

  async #run(): Promise<void> {
    const runId = ++this.#runId;
    const state = this.#state();
    const params = toSearchParams(state).toString();
    window.history.replaceState(null, '', `${window.location.pathname}${params ? `?${params}` : ''}`);

    let pagefind: Pagefind;
    try {
      pagefind = await this.#loadPagefind();
    } catch {
      this.#pagefind = undefined;
      this.#renderFailure();
      return;
    }
    if (!state.query && !hasFilters(state)) {
      this.#renderCounts(await pagefind.filters());
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = 'Type a question or a few words, or pick a filter to browse.';
      return;
    }
    const search = await pagefind.search(state.query || null, { filters: toPagefindFilters(state) });
    if (!search || runId !== this.#runId) return;
    this.#renderCounts(search.filters);
    this.#results = search.results;
    this.#shown = 0;
    this.#list.replaceChildren();
    if (search.results.length === 0) {
      this.#more.hidden = true;
      this.#status.textContent = hasFilters(state)
        ? `No pages match${state.query ? ` “${state.query}”` : ''} with these filters. Try clearing the filters or using fewer words.`
        : `No pages match “${state.query}”. Try fewer or different words, such as a partner type or a metric.`;
      return;
    }
    const count = search.results.length;
    this.#status.textContent = `${count} ${count === 1 ? 'page matches' : 'pages match'}${state.query ? ` “${state.query}”` : ''}${hasFilters(state) ? ' with the chosen filters' : ''}.`;
    await this.#renderMore(false);
  }

  async #renderMore(moveFocus: boolean): Promise<void> {
    const runId = this.#runId;
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (runId !== this.#runId) return;
    const items = data.map((page) => this.#resultItem(page));
    this.#list.append(...items);
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  #resultItem(page: PagefindData): HTMLLIElement {
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
    return item;
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
