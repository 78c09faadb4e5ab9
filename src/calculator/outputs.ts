/**
 * The output contract every calculator keeps: each result is an `<output name="…">` whose text
 * is for people and whose `data-value` holds the raw value (see `dataValue` in src/lib/format.ts).
 * With no valid result the text is "—" and `data-value` is empty, so no stale or NaN value shows.
 *
 * Public API
 * - `showOutput(output, value, text)` — value: number or id string.
 * - `clearOutput(output)` — "—" and empty `data-value`.
 */
import { dataValue } from '../lib/format';
import { NO_RESULT } from './view';

export function showOutput(output: HTMLOutputElement, value: number | string, text: string): void {
  const raw = dataValue(value);
  if (raw === '' && typeof value === 'number') {
    clearOutput(output);
    return;
  }
  output.dataset['value'] = raw;
  output.textContent = text;
}

export function clearOutput(output: HTMLOutputElement): void {
  output.dataset['value'] = '';
  output.textContent = NO_RESULT;
}
