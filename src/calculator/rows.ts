/**
 * Repeating rows on a page where they rarely change: the buttons work at once, and the rows
 * editor itself (rows-editor.ts, which adds, removes, renumbers and fills rows) loads only when
 * rows first change: on the first click on an add or remove button, which it then carries out, or
 * on the host's first `set`. A reader who never edits the rows never loads it. The co-marketing
 * portfolio uses it; the settings page, whose purpose is editing, uses `rowsEditor` at once.
 *
 * Public API: `deferRowsEditor(root, options)` → `Rows`: `rows()` (the rows, in order) and
 * `set(rows)` (replaces every row; resolves true once they are in place, false when the editor
 * could not load, after `options.failed` ran). Markup and options: rows-editor.ts.
 */
import type { RowsEditor, RowsEditorOptions } from './rows-editor';

export interface Rows {
  rows(): HTMLElement[];
  set(rows: Parameters<RowsEditor['set']>[0]): Promise<boolean>;
}

export function deferRowsEditor(root: HTMLElement, options: RowsEditorOptions & { failed: () => void }): Rows {
  let editor: Promise<RowsEditor> | undefined;
  let loaded = false;
  const load = () =>
    (editor ??= import('./rows-editor').then(({ rowsEditor }) => {
      loaded = true;
      return rowsEditor(root, options);
    }));
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-add-row], [data-remove-row]')) {
    button.disabled = false;
  }
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    // Once loaded, the editor takes this click again, and every later one itself.
    if (!loaded && button?.matches('[data-add-row], [data-remove-row]'))
      load().then(() => button.click(), options.failed);
  });
  return {
    rows: () => [...root.querySelector('[data-rows]')!.children] as HTMLElement[],
    set: (rows) =>
      load().then(
        (rowsEditor) => (rowsEditor.set(rows), true),
        () => (options.failed(), false),
      ),
  };
}
