/**
 * One editor for a list of repeating rows: the co-marketing portfolio's partners and the settings
 * page's commission brackets (and the commission tool's brackets once it adopts it). A page where
 * rows rarely change loads it through `deferRowsEditor` (rows.ts), only when they first do.
 *
 * Markup, rendered by the server inside `root`:
 * - a list `[data-rows]` whose children are the rows;
 * - `<template data-row-template>` holding one blank row whose ids start `${prefix}-0-`;
 * - a button `[data-add-row]`, and in each row a button `[data-remove-row]`; render them `disabled`
 *   (they do nothing without JavaScript): they are enabled here;
 * - in each row, controls marked with `data-field` (their role in the row: `name`, `rate`…);
 * - a polite live region `[data-summary]`.
 *
 * What it does:
 * - "Add" clones the template, inserts the row where `addAt` says (default: last) and focuses its
 *   first control; "Remove" takes the row out and focuses the first control of the row that took
 *   its place, else of the row before, else the add button. Then `changed` updates the host and
 *   returns the sentence the live region announces.
 * - After every change each row's ids, and the `for`, `name` and `aria-describedby` that name
 *   them, are renumbered by position (`${prefix}-1-…`, `${prefix}-2-…`), and `label` writes the
 *   row's number into its words. The add button is disabled at `max` rows.
 * - `set(rows)` replaces every row (from a link, a file, saved settings), putting each value into
 *   the control of its `data-field` as given, so a bad value stays visible for the host to flag;
 *   so do too many rows (`max` bounds "Add" only): the host flags them or cuts them to `max`.
 *
 * Public API: `rowsEditor(root, options)` → `RowsEditor` (`rows()`, `set(rows)`), `RowsEditorOptions`,
 * `renumbered(text, prefix, n)`.
 */
import { setControlValue, type FormControl } from './fields';

export interface RowsEditorOptions {
  /** The start of every id inside a row (letters, digits and hyphens): row n's ids start `${prefix}-n-`. */
  readonly prefix: string;
  /** The most rows the list takes. */
  readonly max: number;
  /** Where "Add" puts a new row, given how many there are (default: at the end). */
  readonly addAt?: (count: number) => number;
  /** Writes a row's position into its words (legend, labels, remove button); runs after every change. */
  readonly label: (row: HTMLElement, index: number, count: number) => void;
  /** Runs after the reader added or removed a row, focus already moved: the host updates and says what happened. */
  readonly changed: (change: { readonly added: boolean; readonly row: HTMLElement; readonly index: number }) => string;
}

/** A row's values by `data-field` (null: empty); any object type whose values are these. */
export type RowValues<Row> = { readonly [Field in keyof Row]: string | number | null };

export interface RowsEditor {
  /** The rows, in order. */
  rows(): HTMLElement[];
  /** Replaces every row (all of them, even past `max`), each value into the control of its `data-field`, as given (null: empty). */
  set<Row extends RowValues<Row>>(rows: readonly Row[]): void;
}

/** `text` (an id, or a list of ids) with every id of a row moved to row `n`. */
export function renumbered(text: string, prefix: string, n: number): string {
  return text.replace(new RegExp(`(^|\\s)${prefix}-\\d+-`, 'g'), `$1${prefix}-${n}-`);
}

/** Takes over the add and remove buttons inside `root` and numbers the rows it has. */
export function rowsEditor(root: HTMLElement, options: RowsEditorOptions): RowsEditor {
  const { prefix, max, addAt = (count) => count, label, changed } = options;
  const list = root.querySelector('[data-rows]')!;
  const add = root.querySelector<HTMLButtonElement>('[data-add-row]');
  const rows = () => [...list.children] as HTMLElement[];
  const newRow = () =>
    root
      .querySelector<HTMLTemplateElement>('template[data-row-template]')!
      .content.firstElementChild!.cloneNode(true) as HTMLElement;

  const renumber = () => {
    const all = rows();
    all.forEach((row, index) => {
      for (const element of row.querySelectorAll('*')) {
        for (const name of ['id', 'for', 'name', 'aria-describedby']) {
          const value = element.getAttribute(name);
          if (value) element.setAttribute(name, renumbered(value, prefix, index + 1));
        }
        if (element.hasAttribute('data-remove-row')) (element as HTMLButtonElement).disabled = false;
      }
      label(row, index, all.length);
    });
    if (add) add.disabled = all.length >= max;
  };

  /** After a change: renumber, move focus to `focus` (its first control) or the add button, and announce. */
  const after = (added: boolean, row: HTMLElement, index: number, focus: HTMLElement | undefined) => {
    renumber();
    (focus?.querySelector<FormControl>('input, select, textarea') ?? add)?.focus();
    const text = changed({ added, row, index });
    const live = root.querySelector('[data-summary]');
    if (live) live.textContent = text;
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const count = rows().length;
    if (button && button === add && count < max) {
      const row = newRow();
      const index = addAt(count);
      list.insertBefore(row, rows()[index] ?? null);
      after(true, row, index, row);
    } else if (button?.hasAttribute('data-remove-row')) {
      const row = button.closest<HTMLElement>('[data-rows] > *')!;
      const index = rows().indexOf(row);
      row.remove();
      after(false, row, index, rows()[index] ?? rows()[index - 1]);
    }
  });
  renumber();

  return {
    rows,
    set(values) {
      list.replaceChildren(
        ...values.map((fields) => {
          const row = newRow();
          for (const [field, value] of Object.entries(fields)) {
            const control = row.querySelector<FormControl>(`[data-field="${field}"]`);
            if (control) setControlValue(control, String(value ?? ''));
          }
          return row;
        }),
      );
      renumber();
    },
  };
}
