/**
 * The base class of every calculator custom element. The server renders the whole form
 * (labels, inputs, `<output>`s, formula lines) with src/calculator/*.astro; the
 * element only reads fields, calls a pure function from src/lib/ and writes results back.
 *
 * Pattern
 * ```ts
 * class BudgetCalculator extends CalculatorElement {
 *   protected compute(): void {
 *     const pipeline = this.readNumber('pipeline', { min: 0.5, max: 2 });
 *     if (!pipeline.ok) return this.clear('budget');
 *     this.show('budget', budget, this.money(budget), formatFormula([...], budget));
 *   }
 * }
 * if (!customElements.get('pp-co-marketing-budget')) customElements.define('pp-co-marketing-budget', BudgetCalculator);
 * ```
 * On connect the element loads the saved settings (`this.settings`), writes the currency into
 * `[data-settings-currency]` (see SettingsNote.astro), calls `applySettings()`,
 * fills every control carrying `data-param` from the query string (parameter = control name),
 * computes, and wires the copy toolbar (`[data-copy-toolbar]`). After every `input`/`change` it
 * recomputes, writes the `data-param` controls back to the address and, after a short pause,
 * updates the polite live summary (`[data-summary]`) with `summary()`. Settings saved in another
 * tab are picked up live. Override `queryNames`/`restoreFromQuery`/`queryState` for state that is
 * not one control per parameter, and `resultRows` to change what "Copy as Markdown/CSV" copies.
 *
 * Helpers for subclasses: `control(name)`, `readNumber(name, rule)` and
 * `readChoice(name, choices, message)` (both flag or clear the field's error),
 * `show(name, value, text, formula?)`, `clear(name)` (output "—", formula emptied),
 * `money(amount)` in the settings currency, `labelOf(element)`.
 */
import { parseNumberInput, type NumberResult, type NumberRule } from './number-input';
import { formatMoney, markdownTable } from '../lib/format';
import { toCsv } from '../lib/csv';
import { defaultSettings, type Settings } from '../lib/settings';
import { loadSettings, onSettingsChange } from './settings-store';
import { currentLink, readQuery, writeQuery } from './url-state';
import { setControlValue, setFieldError, type FormControl } from './fields';
import { clearOutput, showOutput } from './outputs';
import { wireCopyToolbar } from './copy';

const SUMMARY_DELAY_MS = 600;

export abstract class CalculatorElement extends HTMLElement {
  /** The settings in force for this view: saved settings; URL parameters may override them per tool. */
  protected settings: Settings = defaultSettings;
  #connected = false;
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;
  #stopSettings: (() => void) | undefined;

  /** Reads the fields, validates them and shows the results. Called after every change. */
  protected abstract compute(): void;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    this.settings = loadSettings().settings;
    this.#showCurrency();
    this.applySettings();
    this.restoreFromQuery(readQuery(this.queryNames()));
    this.addEventListener('input', this.#onEdit);
    this.addEventListener('change', this.#onEdit);
    const toolbar = this.querySelector<HTMLElement>('[data-copy-toolbar]');
    if (toolbar) {
      wireCopyToolbar(toolbar, { link: currentLink, markdown: () => this.toMarkdown(), csv: () => this.toCsv() });
    }
    this.#stopSettings = onSettingsChange((settings) => {
      this.settings = settings;
      this.#showCurrency();
      this.applySettings();
      this.refresh();
    });
    this.refresh(false);
  }

  disconnectedCallback(): void {
    this.#stopSettings?.();
    clearTimeout(this.#summaryTimer);
    this.#connected = false;
  }

  #onEdit = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file') return;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
    ) {
      this.refresh();
    }
  };

  /** Recomputes, writes the address and updates the live summary (at once, or after a pause). */
  protected refresh(announceLater = true): void {
    this.compute();
    writeQuery(this.queryState());
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (!summary) return;
    clearTimeout(this.#summaryTimer);
    if (announceLater) {
      this.#summaryTimer = setTimeout(() => (summary.textContent = this.summary()), SUMMARY_DELAY_MS);
    } else {
      summary.textContent = this.summary();
    }
  }

  #showCurrency(): void {
    for (const element of this.querySelectorAll('[data-settings-currency]'))
      element.textContent = this.settings.currency;
  }

  /** Hook: apply `this.settings` to the form (placeholders, hints). */
  protected applySettings(): void {}

  protected paramControls(): FormControl[] {
    return [...this.querySelectorAll<FormControl>('[data-param]')];
  }

  protected queryNames(): string[] {
    return this.paramControls().map((control) => control.name);
  }

  protected restoreFromQuery(query: Map<string, string[]>): void {
    for (const control of this.paramControls()) {
      const value = query.get(control.name)?.[0];
      if (value !== undefined) setControlValue(control, value);
    }
  }

  protected queryState(): Record<string, string | string[]> {
    return Object.fromEntries(this.paramControls().map((control) => [control.name, control.value]));
  }

  protected control(name: string): FormControl {
    const control = this.querySelector<FormControl>(`[name="${CSS.escape(name)}"]:is(input, select, textarea)`);
    if (!control) throw new Error(`${this.localName}: no field named ${name}`);
    return control;
  }

  protected output(name: string): HTMLOutputElement {
    const output = this.querySelector<HTMLOutputElement>(`output[name="${CSS.escape(name)}"]`);
    if (!output) throw new Error(`${this.localName}: no output named ${name}`);
    return output;
  }

  protected readNumber(name: string, rule: NumberRule & { required: false }): NumberResult<number | null>;
  protected readNumber(name: string, rule?: NumberRule): NumberResult<number>;
  protected readNumber(name: string, rule: NumberRule = {}): NumberResult<number | null> {
    const control = this.control(name);
    const result = parseNumberInput(control.value, rule);
    setFieldError(control, result.ok ? null : result.message);
    return result;
  }

  protected readChoice<T extends string>(name: string, choices: readonly T[], message: string): T | null {
    const control = this.control(name);
    const value = choices.find((choice) => choice === control.value) ?? null;
    setFieldError(control, value === null ? message : null);
    return value;
  }

  protected show(name: string, value: number | string, text: string, formula?: string): void {
    showOutput(this.output(name), value, text);
    const line = this.querySelector<HTMLElement>(`[data-formula-for="${CSS.escape(name)}"]`);
    if (line && formula !== undefined) line.textContent = formula;
  }

  protected clear(name: string): void {
    clearOutput(this.output(name));
    const line = this.querySelector<HTMLElement>(`[data-formula-for="${CSS.escape(name)}"]`);
    if (line) line.textContent = '';
  }

  protected money(amount: number): string {
    return formatMoney(amount, this.settings.currency);
  }

  /** The visible label of a control or output, without the "(optional)" marker. */
  protected labelOf(element: HTMLElement): string {
    const label = 'labels' in element ? (element as HTMLInputElement).labels?.[0] : undefined;
    const text = label
      ? [...label.childNodes]
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('pp-field__optional')))
          .map((node) => node.textContent ?? '')
          .join('')
      : (element.getAttribute('aria-label') ?? element.getAttribute('name') ?? '');
    return text.replace(/\s+/g, ' ').trim();
  }

  /** What "Copy as Markdown/CSV" copies: one row per input, then one per result. */
  protected resultRows(): string[][] {
    const inputs = this.paramControls().map((control) => {
      const text =
        control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent ?? '') : control.value;
      return [this.labelOf(control), text.trim()];
    });
    const outputs = [...this.querySelectorAll<HTMLOutputElement>('output[name]')].map((output) => [
      this.labelOf(output),
      (output.textContent ?? '').trim(),
    ]);
    return [...inputs, ...outputs];
  }

  /** The live summary: every result with its label. */
  protected summary(): string {
    return [...this.querySelectorAll<HTMLOutputElement>('output[name]')]
      .map((output) => `${this.labelOf(output)}: ${(output.textContent ?? '').trim()}`)
      .join('. ');
  }

  protected toMarkdown(): string {
    return markdownTable(['Item', 'Value'], this.resultRows());
  }

  protected toCsv(): string {
    return toCsv([['Item', 'Value'], ...this.resultRows()]);
  }
}
