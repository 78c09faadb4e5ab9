/**
 * Commission bracket rows, edited on the settings page and in the commission tool's tiered model:
 * their words, for the server render (BracketRows.astro, BracketRow.astro) and for the rows the
 * rows editor adds, removes and renumbers, and the editor itself set up for them. A row holds its
 * upper limit (`data-field="upTo"`) and rate (`data-field="rate"`); the last row is the open top
 * bracket, which has a rate only and no remove button. A new bracket goes just below it.
 *
 * Public API: `bracketWords(index, count)`, `bracketRowsEditor(root, prefix, changed)`.
 */
import { rowField } from './rows';
import { rowsEditor, type RowsEditor, type RowsEditorOptions } from './rows-editor';
import { MAX_BRACKETS } from './settings';

/** Bracket row `index` (0-based) of `count`: the last is the open top bracket. */
export function bracketWords(index: number, count: number): { upTo: string; rate: string; remove: string } {
  const n = index + 1;
  return {
    upTo: `Bracket ${n} up to`,
    rate: index === count - 1 ? 'Top bracket rate (%)' : `Bracket ${n} rate (%)`,
    remove: `Remove bracket ${n}`,
  };
}

/**
 * The rows editor on the bracket list inside `root`, whose ids start `prefix` (as rendered by
 * BracketRows.astro). `changed` runs after a bracket was added or removed, before the live region
 * says so.
 */
export function bracketRowsEditor(
  root: HTMLElement,
  prefix: string,
  changed: (change: Parameters<RowsEditorOptions['changed']>[0]) => void = () => {},
): RowsEditor {
  return rowsEditor(root, {
    prefix,
    max: MAX_BRACKETS,
    addAt: (count) => Math.max(0, count - 1),
    label: (row, index, count) => {
      const words = bracketWords(index, count);
      const upTo = rowField(row, 'upTo');
      const remove = row.querySelector('[data-remove-row]');
      if (index === count - 1) {
        // The top bracket is open: no limit and no remove button.
        upTo?.closest('.pp-field')?.remove();
        remove?.remove();
      } else {
        upTo!.labels![0]!.textContent = words.upTo;
        remove!.textContent = words.remove;
      }
      rowField(row, 'rate')!.labels![0]!.textContent = words.rate;
    },
    changed: (change) => {
      changed(change);
      const n = change.index + 1;
      return change.added ? `Added bracket ${n}. Enter its upper limit and rate.` : `Removed bracket ${n}.`;
    },
  });
}
