/**
 * The header search inside Starlight's search dialog (markup: src/components/starlight/Search.astro).
 * Every page carries this much: it moves the search box into the dialog and, when the box first
 * gets focus, loads the rest (header-search-panel.ts), which loads the index. It registers itself,
 * behind the same `customElements.get` guard as every element of the site.
 */
export class HeaderSearchElement extends HTMLElement {
  connectedCallback(): void {
    const container = document.querySelector('site-search .search-container');
    // Starlight's development server shows a notice instead of search; so does this element.
    // Moving the element into the dialog connects it again; set up once, from there.
    if (!container || this.parentElement !== container) {
      container?.prepend(this);
      return;
    }
    this.hidden = false;
    this.querySelector('input')?.addEventListener(
      'focus',
      // The module as a whole, not destructured: Vite wraps a destructured dynamic import in more code.
      () => void import('./header-search-panel').then((panel) => new panel.HeaderSearchPanel(this)),
      { once: true },
    );
  }
}

if (!customElements.get('pp-header-search')) customElements.define('pp-header-search', HeaderSearchElement);
