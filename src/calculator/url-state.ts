/**
 * The address bar as a calculator's shareable state. Query values are only ever put into form
 * controls as text and validated there; nothing from the address is parsed as markup or run.
 *
 * Public API
 * - `readQuery(names)` → `Map<name, values[]>` holding only the listed names that are present
 *   (all other parameters are ignored). Repeated parameters keep their order.
 * - `writeQuery(values)` — sets each named parameter (a string, or a list for a repeated one;
 *   "" or [] removes it) with `history.replaceState`, keeping every other parameter and the
 *   hash, so two calculators on one page never overwrite each other's state.
 * - `currentLink()` — the page's address, for "Copy link".
 */

export function readQuery(names: readonly string[], search = window.location.search): Map<string, string[]> {
  const params = new URLSearchParams(search);
  const found = new Map<string, string[]>();
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length > 0) found.set(name, values);
  }
  return found;
}

export function writeQuery(values: Readonly<Record<string, string | readonly string[]>>): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(values)) {
    url.searchParams.delete(name);
    const list = typeof value === 'string' ? [value] : value;
    for (const item of list) if (item !== '') url.searchParams.append(name, item);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function currentLink(): string {
  return window.location.href;
}
