/**
 * Repeating rows on a page where they rarely change: the buttons work at once, and the rows
 * editor itself (rows-editor.ts, which adds, removes, renumbers and fills rows) loads only when
 * rows first change: on the first click on an add or remove button, which it then carries out, or
 * on the host's first `set` (a host that may set the rows already shown, such as the settings page
 * filling in the defaults it rendered, checks first, so that nothing loads). A reader who never edits the rows never loads it. The co-marketing portfolio and the
 * settings page's brackets use it; the commission tool's tiered model, loaded on demand itself,
 * uses the editor at once.
 *
 * Public API: `deferRowsEditor(root, load, failed)` → `Rows`: `rows()` (the rows, in order) and
 * `set(rows)` (replaces every row; resolves true once they are in place, false when the editor
 * could not load, after `failed` ran). `load` imports and starts the editor on `root`, such as
 * `() => import('./rows-editor').then(({ rowsEditor }) => rowsEditor(root, options))`.
 * `rowField(row, field)`: a row's control of `data-field` `field`. Markup and options: rows-editor.ts.
 */
import type { RowValues, RowsEditor } from './rows-editor';

export interface Rows {
  rows(): HTMLElement[];
  set<Row extends RowValues<Row>>(rows: readonly Row[]): Promise<boolean>;
}

/** The control marked `data-field="${field}"` in `row`, or null (also when there is no row). */
export const rowField = (row: Element | null, field: string) =>
  row?.querySelector<HTMLInputElement>(`[data-field="${field}"]`) ?? null;

export function deferRowsEditor(root: HTMLElement, load: () => Promise<RowsEditor>, failed: () => void): Rows {
  let editor: Promise<RowsEditor> | undefined;
  let loaded = false;
  const start = () => (editor ??= load().then((started) => ((loaded = true), started)));
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-add-row], [data-remove-row]')) {
    button.disabled = false;
  }
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    // Once loaded, the editor takes this click again, and every later one itself.
    if (!loaded && button?.matches('[data-add-row], [data-remove-row]')) start().then(() => button.click(), failed);
  });
  const rows = () => [...root.querySelector('[data-rows]')!.children] as HTMLElement[];
  return {
    rows,
    set: (values) =>
      start().then(
        (started) => (started.set(values), true),
        () => (failed(), false),
      ),
  };
}
