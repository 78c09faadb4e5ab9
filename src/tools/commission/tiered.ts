/**
 * The tiered model's bracket list and chart, loaded by `pp-commission-calculator` the first time
 * the tiered model is shown: readers of the other four models never download them. The server has
 * already rendered the default brackets (BracketRows.astro) and chart, so the page reads the same
 * before this loads.
 *
 * The bracket rows are the kit's rows editor, set up for brackets as on the settings page (bracket-rows.ts);
 * they are the `brackets` URL parameter, restored from it as given (a bad value stays visible in its
 * field and is flagged, and so do too many brackets) and written back to it after every change. The
 * rules for a valid list live in brackets-model.ts.
 */
import { bracketRowsEditor } from '../../calculator/bracket-rows';
import { setFieldError } from '../../calculator/fields';
import { MAX_MONEY, parseNumberInput, type Limit } from '../../calculator/limits';
import { rowField } from '../../calculator/rows';
import type { RowsEditor } from '../../calculator/rows-editor';
import { MAX_BRACKETS } from '../../calculator/settings';
import { bracketOrderProblems, maxBracketsTextLength } from './brackets-model';
import { drawChart } from './chart';
import type { Bracket, TieredMethod } from './model';

/** Splits a `brackets` value into row texts without judging them, so bad parts stay visible. */
export function bracketRowsFromText(text: string): { upTo: string; rate: string }[] {
  if (text.length > maxBracketsTextLength) return [{ upTo: '', rate: text }];
  const rows = text.split(',').map((part) => {
    const colon = part.lastIndexOf(':');
    return colon === -1
      ? { upTo: '', rate: part.trim() }
      : { upTo: part.slice(0, colon).trim(), rate: part.slice(colon + 1).trim() };
  });
  // Every row but the top needs a limit; a limit on the top row means the open bracket is missing.
  if (rows.at(-1)!.upTo !== '') rows.push({ upTo: '', rate: '' });
  return rows;
}

export class TieredModel {
  readonly #editor: RowsEditor;
  readonly #groupError: HTMLElement;
  readonly #chart: HTMLElement;
  readonly #money: (amount: number) => string;

  /** `changed` runs after a bracket is added or removed (typing raises input events of its own). */
  constructor(root: HTMLElement, changed: () => void, money: (amount: number) => string) {
    const brackets = root.querySelector<HTMLElement>('[data-brackets]')!;
    this.#editor = bracketRowsEditor(brackets, 'pc-bracket', ({ added, row }) => {
      if (added) {
        // A new bracket (just below the top one) starts at twice the limit below it and the top rate.
        const limit = Number(rowField(row.previousElementSibling, 'upTo')?.value);
        rowField(row, 'upTo')!.value = Number.isFinite(limit) && limit > 0 ? String(limit * 2) : '100000';
        rowField(row, 'rate')!.value = rowField(row.nextElementSibling, 'rate')!.value;
      }
      changed();
    });
    this.#groupError = brackets.querySelector('[data-brackets-error]')!;
    this.#chart = root.querySelector('[data-commission-chart]')!;
    this.#money = money;
  }

  /** Shows `brackets`, or the rows of a `brackets` URL value as given. */
  set(brackets: readonly Bracket[] | string): void {
    if (typeof brackets === 'string') this.#editor.set(bracketRowsFromText(brackets));
    else this.#editor.set(brackets);
  }

  /** The value of the `brackets` parameter: numbers where they parse, the typed text elsewhere. */
  text(): string {
    const clean = (field: HTMLInputElement) => {
      const parsed = parseNumberInput(field.value);
      return parsed.ok ? String(parsed.value) : field.value.trim();
    };
    return this.#editor
      .rows()
      .map((row) => {
        const upTo = rowField(row, 'upTo');
        const rate = clean(rowField(row, 'rate')!);
        return upTo ? `${clean(upTo)}:${rate}` : rate;
      })
      .join(',');
  }

  /** Checks the brackets, flagging each bad field, and redraws the chart; null (chart hidden) when anything is bad. */
  read(volume: number | undefined, method: TieredMethod | null): readonly Bracket[] | null {
    const brackets = this.#brackets();
    this.#chart.hidden = volume === undefined || !method || !brackets;
    if (volume === undefined || !method || !brackets) return null;
    drawChart(this.#chart, brackets, method, volume, this.#money);
    return brackets;
  }

  #brackets(): Bracket[] | null {
    const rows = this.#editor.rows();
    const tooMany = rows.length > MAX_BRACKETS;
    this.#groupError.hidden = !tooMany;
    this.#groupError.textContent = tooMany
      ? `Use at most ${MAX_BRACKETS} brackets: remove ${rows.length - MAX_BRACKETS}.`
      : '';
    let ok = !tooMany;
    const read = (field: HTMLInputElement, rule: Limit) => {
      const result = parseNumberInput(field.value, rule);
      setFieldError(field, result.ok ? null : result.message);
      ok &&= result.ok;
      return result.ok ? result.value : 0;
    };
    const brackets = rows.map((row) => {
      const upTo = rowField(row, 'upTo');
      return {
        upTo: upTo && read(upTo, { min: 1, max: MAX_MONEY }),
        rate: read(rowField(row, 'rate')!, { min: 0, max: 100 }),
      };
    });
    if (!ok) return null;
    const problems = bracketOrderProblems(brackets);
    for (const { index, field, message } of problems) setFieldError(rowField(rows[index]!, field)!, message);
    return problems.length > 0 ? null : brackets;
  }
}
