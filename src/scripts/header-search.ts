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
    const input = this.querySelector('input')!;
    // Enter pressed before the rest has loaded is kept, so a fast reader still lands on the top result.
    let enterPressed = false;
    const early = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      enterPressed = true;
    };
    input.addEventListener('keydown', early);
    input.addEventListener(
      'focus',
      // The module as a whole, not destructured: Vite wraps a destructured dynamic import in more code.
      () =>
        void import('./header-search-panel').then((panel) => {
          input.removeEventListener('keydown', early);
          new panel.HeaderSearchPanel(this, enterPressed);
        }),
      { once: true },
    );
  }
}

if (!customElements.get('pp-header-search')) customElements.define('pp-header-search', HeaderSearchElement);
