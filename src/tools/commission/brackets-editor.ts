/**
 * The editable bracket list of the tiered model: one row per bracket (upper limit and rate; the
 * top row has a rate only), "Add a bracket" and "Remove bracket n". The rows are the `brackets`
 * URL parameter: restored from it as given (a bad value stays visible in its field and is
 * flagged) and written back to it after every change. The rules for a valid list live in
 * brackets-model.ts.
 */
import { MAX_BRACKETS } from '../../calculator/settings';
import { MAX_MONEY, parseNumberInput, type Limit } from '../../calculator/limits';
import { bracketOrderProblems, maxBracketsTextLength } from './brackets-model';
import type { Bracket } from './model';
import { setFieldError } from '../../calculator/fields';

export interface BracketText {
  upTo: string;
  rate: string;
}

/** Splits a `brackets` value into row texts without judging them, so bad parts stay visible. */
export function bracketRowsFromText(text: string): BracketText[] {
  if (text.length > maxBracketsTextLength) return [{ upTo: '', rate: text }];
  const rows = text.split(',').map((part): BracketText => {
    const colon = part.lastIndexOf(':');
    return colon === -1
      ? { upTo: '', rate: part.trim() }
      : { upTo: part.slice(0, colon).trim(), rate: part.slice(colon + 1).trim() };
  });
  // Every row but the top needs a limit; a limit on the top row means the open bracket is missing.
  if (rows.at(-1)!.upTo !== '') rows.push({ upTo: '', rate: '' });
  return rows;
}

export class BracketsEditor {
  readonly #list: HTMLOListElement;
  readonly #groupError: HTMLElement;
  readonly #template: HTMLTemplateElement;

  /** `changed` runs after a bracket is added or removed (typing raises input events of its own). */
  constructor(
    readonly root: HTMLElement,
    readonly changed: () => void,
  ) {
    this.#list = root.querySelector('ol')!;
    this.#groupError = root.querySelector('[data-brackets-error]')!;
    this.#template = root.querySelector('template')!;
    root.querySelector('[data-add-bracket]')!.addEventListener('click', () => this.#add());
    this.#list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-remove-bracket]');
      if (button) this.#remove(Number(button.dataset['removeBracket']));
    });
  }

  /** The rows as typed. */
  rows(): BracketText[] {
    return [...this.#list.children].map((row) => ({
      upTo: row.querySelector<HTMLInputElement>('[data-up-to]')?.value ?? '',
      rate: row.querySelector<HTMLInputElement>('[data-rate]')!.value,
    }));
  }

  setRows(rows: readonly BracketText[]): void {
    const focusedRow = document.activeElement?.closest('li') ?? null;
    const focusedIndex = focusedRow ? [...this.#list.children].indexOf(focusedRow) : -1;
    this.#list.replaceChildren(...rows.map((row, index) => this.#row(row, index, index === rows.length - 1)));
    if (focusedIndex >= 0)
      this.#list.children[Math.min(focusedIndex, rows.length - 1)]?.querySelector('input')?.focus();
  }

  setBrackets(brackets: readonly Bracket[]): void {
    this.setRows(brackets.map((b) => ({ upTo: b.upTo === null ? '' : String(b.upTo), rate: String(b.rate) })));
  }

  /** The value of the `brackets` parameter: numbers where they parse, the typed text elsewhere. */
  text(): string {
    const clean = (text: string) => {
      const parsed = parseNumberInput(text);
      return parsed.ok ? String(parsed.value) : text.trim();
    };
    return this.rows()
      .map((row, index, rows) =>
        index === rows.length - 1 ? clean(row.rate) : `${clean(row.upTo)}:${clean(row.rate)}`,
      )
      .join(',');
  }

  /** Reads and checks every row, flagging each bad field; null when any is bad. */
  read(): Bracket[] | null {
    const fields = [...this.#list.children].map(
      (row) =>
        [
          row.querySelector<HTMLInputElement>('[data-up-to]'),
          row.querySelector<HTMLInputElement>('[data-rate]')!,
        ] as const,
    );
    const tooMany = fields.length > MAX_BRACKETS;
    this.#groupError.hidden = !tooMany;
    this.#groupError.textContent = tooMany
      ? `Use at most ${MAX_BRACKETS} brackets: remove ${fields.length - MAX_BRACKETS}.`
      : '';
    let ok = !tooMany;
    const read = (field: HTMLInputElement, rule: Limit) => {
      const result = parseNumberInput(field.value, rule);
      setFieldError(field, result.ok ? null : result.message);
      ok &&= result.ok;
      return result.ok ? result.value : 0;
    };
    const brackets = fields.map(([upTo, rate]) => ({
      upTo: upTo && read(upTo, { min: 1, max: MAX_MONEY }),
      rate: read(rate, { min: 0, max: 100 }),
    }));
    if (!ok) return null;
    const problems = bracketOrderProblems(brackets);
    for (const { index, field, message } of problems) setFieldError(fields[index]![field === 'upTo' ? 0 : 1]!, message);
    return problems.length > 0 ? null : brackets;
  }

  #add(): void {
    const rows = this.rows();
    if (rows.length >= MAX_BRACKETS) return;
    const top = rows.at(-1)!;
    const lastLimit = Number(rows.at(-2)?.upTo);
    const upTo = Number.isFinite(lastLimit) && lastLimit > 0 ? String(lastLimit * 2) : '100000';
    this.setRows([...rows.slice(0, -1), { upTo, rate: top.rate }, top]);
    this.#list.children[rows.length - 1]?.querySelector('input')?.focus();
    this.changed();
  }

  #remove(index: number): void {
    const rows = this.rows();
    if (rows.length <= 1) return;
    this.setRows(rows.filter((_, i) => i !== index));
    this.#list.children[Math.min(index, rows.length - 2)]?.querySelector('input')?.focus();
    this.changed();
  }

  /** A row from the server-rendered template; the top row drops its limit field and remove button. */
  #row(row: BracketText, index: number, isTop: boolean): HTMLLIElement {
    const item = this.#template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const [upToField, rateField] = item.querySelectorAll('.pp-field');
    const number = index + 1;
    const setUp = (field: Element, id: string, label: string, value: string) => {
      field.querySelector('label')!.htmlFor = id;
      field.querySelector('label')!.textContent = label;
      Object.assign(field.querySelector('input')!, { id, value });
    };
    setUp(
      rateField!,
      `pc-bracket-${number}-rate`,
      isTop ? 'Top bracket rate (%)' : `Bracket ${number} rate (%)`,
      row.rate,
    );
    const remove = item.querySelector('button')!;
    if (isTop) {
      upToField!.remove();
      remove.remove();
    } else {
      setUp(upToField!, `pc-bracket-${number}-up-to`, `Bracket ${number} up to`, row.upTo);
      remove.dataset['removeBracket'] = String(index);
      remove.textContent = `Remove bracket ${number}`;
    }
    return item;
  }
}
