/**
 * The address bar as a calculator's shareable state. Query values are only ever put into form
 * controls as text and validated there; nothing from the address is parsed as markup or run.
 *
 * Public API
 * - `readQuery(names)` → `Map<name, values[]>` holding only the listed names that are present
 *   (all other parameters are ignored). Repeated parameters keep their order.
 * - `writeQuery(values)` — sets each named parameter with `history.replaceState`: a string ("" removes
 *   it), or a list written item by item, empty items included (`['']` writes `name=`, a field set
 *   empty; `[]` removes it). Every other parameter and the hash are kept, so two calculators on one
 *   page never overwrite each other's state.
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
    const list = typeof value === 'string' ? [value].filter((item) => item !== '') : value;
    // Touching the query re-encodes and reorders it: a parameter that already says the same is left
    // as it came, so a link nobody edits stays exactly the link that was opened.
    const current = url.searchParams.getAll(name);
    if (current.length === list.length && current.every((item, index) => item === list[index])) continue;
    url.searchParams.delete(name);
    for (const item of list) url.searchParams.append(name, item);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function currentLink(): string {
  return window.location.href;
}
