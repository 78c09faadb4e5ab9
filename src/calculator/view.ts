/**
 * What a calculator shows for one result, worked out once by its tool's pure view function
 * (src/tools/<tool>/view.ts) and used twice: by the .astro component for the server render and
 * by the element after every change. So every string a reader sees is written in one place.
 *
 * Public API
 * - `OutputView` — `{ value, text, formula }`: the raw `data-value` (null: no result), the text
 *   for people ("—" without a result) and the formula line with the reader's numbers.
 * - `shown(value, text, formula)`, `noResult(formula?)` — build one.
 * - `summarize(rows)` — the live summary sentence from `[label, text]` pairs.
 * - `NO_RESULT` — "—".
 */

export const NO_RESULT = '—';

export interface OutputView {
  readonly value: number | string | null;
  readonly text: string;
  readonly formula: string;
}

export function shown(value: number | string, text: string, formula = ''): OutputView {
  return { value, text, formula };
}

export function noResult(formula = ''): OutputView {
  return { value: null, text: NO_RESULT, formula };
}

export function summarize(rows: readonly (readonly [label: string, text: string])[]): string {
  return rows.map(([label, text]) => `${label}: ${text.trim()}`).join('. ');
}
