/**
 * The base class of every calculator custom element. The server renders the whole form
 * (labels, inputs, `<output>`s, formula lines) with src/calculator/*.astro; the
 * element only reads fields, calls its tool's pure model and view (src/tools/<tool>/) and writes
 * results back. The program defaults come from the server render (`data-defaults`).
 *
 * Pattern
 * ```ts
 * class BudgetElement extends CalculatorElement {
 *   protected compute(): void {
 *     const pipeline = this.readNumber('pipeline', { min: 0.5, max: 2 });
 *     if (!pipeline.ok) return this.clear('budget');
 *     this.show('budget', budget, this.money(budget), formatFormula([...], budget));
 *   }
 * }
 * // Every element module registers itself, last, behind the same guard (a page may load it twice):
 * if (!customElements.get('pp-co-marketing-budget')) customElements.define('pp-co-marketing-budget', BudgetElement);
 * ```
 * On connect the element loads the saved settings (`this.settings`; the settings parser loads only
 * in a browser that has some, so the element starts a moment later there), writes the currency into
 * `[data-settings-currency]` (see SettingsNote.astro), calls `applySettings()`,
 * fills every control carrying `data-param` from the query string (parameter = control name),
 * computes, and wires the copy toolbar (`[data-copy-toolbar]`). After every `input`/`change` it
 * recomputes, writes the `data-param` controls back to the address and, after a short pause,
 * updates the polite live summary (`[data-summary]`) with `summary()`. Settings saved in another
 * tab are picked up live. Override `queryNames`/`restoreFromQuery`/`queryState` for state that is
 * not one control per parameter, and `resultRows` to change what "Copy as Markdown/CSV" copies.
 *
 * What the address carries: a link holds what its sender set, nothing more. A `data-param` field is
 * written when the link carried it, the reader edited it, or it no longer holds the page's own
 * value (its server-rendered default, e.g. a rate filled from saved settings); a field nobody set
 * is left out, so a second calculator on the page never adds its defaults to the link. A field
 * that is set but empty is written empty (`churn=`), so the receiver sees it empty too. State that
 * is not one field (`queryState` overrides: brackets, red flags, portfolio rows) follows the same
 * rule as a whole: written once the link carried any of the element's parameters, the reader edited
 * anything in it, or it differs from what the element first showed. Each element writes and
 * removes only its own parameters.
 *
 * Hidden panels (`[hidden]`) keep their fields out of the address and their outputs out of the
 * summary and copies. `optionalParams` names fields a link may leave out (they then start empty,
 * when the link carries any of the tool's parameters); so once anything is written, a filled
 * optional field is written too.
 *
 * Helpers for subclasses: `control(name)`, `readNumber(name, limit)`, `readFields(limits, names,
 * optional)`, `flagErrors(errors)` (a model's cross-field messages), `fillDefaults(values)`, and
 * `readChoice(name, choices, message)` (both flag or clear the field's error),
 * `render(view)` (what the tool's pure view function returned, output by output),
 * `show(name, value, text, formula?)`, `clear(name)` (output "—", formula emptied),
 * `money(amount)` in the settings currency, `labelOf(element)`.
 */
import { parseNumberInput, type FieldErrors, type NumberResult, type Limit } from './limits';
import { formatMoney, markdownTable } from '../lib/format';
import { toCsv } from '../lib/csv';
import type { ProgramDefaults, Settings } from './settings';
import { hasSavedSettings, loadSettings, onSettingsChange, readDefaults } from './settings-store';
import { currentLink, readQuery, writeQuery } from './url-state';
import { setControlValue, setFieldError, type FormControl } from './fields';
import { clearOutput, showOutput } from './outputs';
import { wireCopyToolbar } from './copy';
import { summarize, type OutputView } from './view';

const SUMMARY_DELAY_MS = 600;

/** The value the server rendered into a field: the page's default for it. */
function pageValue(control: FormControl): string {
  if (!(control instanceof HTMLSelectElement)) return control.defaultValue;
  const options = [...control.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

export abstract class CalculatorElement extends HTMLElement {
  /** The program defaults the server render passed in `data-defaults`. */
  protected defaults!: ProgramDefaults;
  /** The settings in force for this view: saved settings, else the defaults; URL parameters may override them per tool. */
  protected settings!: Settings;
  /** Fields that may be left empty (see restoreFromQuery). */
  protected readonly optionalParams: readonly string[] = [];
  /** The value each settings-driven field was last filled with. */
  #filled = new Map<string, string>();
  /** Fields the link carried or the reader edited: written to the address even at their default. */
  #set = new Set<string>();
  /** Fields the link carried that no default has been filled against yet (see fillDefaults). */
  #linked = new Set<string>();
  /** True once the link carried any of this element's parameters or the reader edited anything in it. */
  #setAny = false;
  /** What each state that is not one field held when the element first computed. */
  #firstState: Map<string, string> | undefined;
  #connected = false;
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;
  #stopSettings: (() => void) | undefined;

  /** Reads the fields, validates them and shows the results. Called after every change. */
  protected abstract compute(): void;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    this.defaults = readDefaults(this);
    this.settings = this.defaults.settings;
    // Saved settings need the settings file's parser, which only a browser that has them loads;
    // until then the page shows its server render, which is the defaults' result.
    if (!hasSavedSettings()) return this.#start();
    void loadSettings(this.defaults).then(({ settings }) => {
      this.settings = settings;
      this.#start();
    });
  }

  /** Applies the settings, fills the fields from the link, wires the page and computes. */
  #start(): void {
    if (!this.#connected || this.#stopSettings) return;
    this.#showCurrency();
    this.applySettings();
    this.restoreFromQuery(readQuery(this.queryNames()));
    this.addEventListener('input', this.#onEdit);
    this.addEventListener('change', this.#onEdit);
    const toolbar = this.querySelector<HTMLElement>('[data-copy-toolbar]');
    if (toolbar) {
      wireCopyToolbar(toolbar, { link: currentLink, markdown: () => this.toMarkdown(), csv: () => this.toCsv() });
    }
    this.#stopSettings = onSettingsChange(this.defaults, (settings) => {
      this.settings = settings;
      this.#showCurrency();
      this.applySettings();
      this.refresh();
    });
    this.refresh(false);
  }

  disconnectedCallback(): void {
    this.#stopSettings?.();
    this.#stopSettings = undefined;
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
      if (target.hasAttribute('data-param')) this.#set.add(target.name);
      this.#setAny = true;
      this.refresh();
    }
  };

  /** Recomputes, writes the address and updates the live summary (at once, or after a pause). */
  protected refresh(announceLater = true): void {
    this.compute();
    writeQuery(this.#ownState());
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

  /**
   * An empty optional field is left out of the address, so when a link carries any of the tool's
   * parameters, an optional field it does not mention starts empty instead of at the page's
   * example value: the link shows what its sender saw.
   */
  protected restoreFromQuery(query: Map<string, string[]>): void {
    for (const control of this.paramControls()) {
      const value = query.get(control.name)?.[0];
      if (value === undefined) continue;
      setControlValue(control, value);
      this.#set.add(control.name);
      this.#linked.add(control.name);
      this.#filled.delete(control.name);
    }
    if (query.size === 0) return;
    this.#setAny = true;
    for (const name of this.optionalParams) if (!query.has(name)) setControlValue(this.control(name), '');
  }

  /**
   * The fields the sender set (see the header), each as a one-item list so an empty one is
   * written empty; every other field, and every hidden one, is removed from the address.
   */
  protected queryState(): Record<string, string | string[]> {
    const controls = this.paramControls();
    const shown = controls.filter((control) => this.isShown(control));
    const written = new Set(
      shown.filter((control) => this.#set.has(control.name) || control.value !== pageValue(control)),
    );
    if (written.size > 0) {
      for (const control of shown) if (this.isOptional(control.name) && control.value !== '') written.add(control);
    }
    return Object.fromEntries(controls.map((control) => [control.name, written.has(control) ? [control.value] : '']));
  }

  /** `queryState` with state that is not one field left out until it is set (see the header). */
  #ownState(): Record<string, string | string[]> {
    const state = this.queryState();
    const fields = new Set(this.paramControls().map((control) => control.name));
    const composite = Object.keys(state).filter((name) => !fields.has(name));
    const text = (name: string) => JSON.stringify(state[name]);
    this.#firstState ??= new Map(composite.map((name) => [name, text(name)]));
    for (const name of composite) {
      if (!this.#setAny && text(name) === this.#firstState.get(name)) state[name] = '';
    }
    return state;
  }

  /** Whether a link that leaves this field out means "empty" (see `optionalParams`). */
  protected isOptional(name: string): boolean {
    return this.optionalParams.includes(name);
  }

  /** False inside a `hidden` panel: such fields and outputs stay out of the address, summary and copies. */
  protected isShown(element: Element): boolean {
    return element.closest('[hidden]') === null;
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

  protected readNumber(name: string, rule: Limit & { required: false }): NumberResult<number | null>;
  protected readNumber(name: string, rule?: Limit): NumberResult<number>;
  protected readNumber(name: string, rule: Limit = {}): NumberResult<number | null> {
    const control = this.control(name);
    const result = parseNumberInput(control.value, rule);
    setFieldError(control, result.ok ? null : result.message);
    return result;
  }

  /**
   * Parses each field with its limit (flagging bad ones) and returns the values, or null when
   * any field failed. Blank `optional` fields give undefined.
   */
  protected readFields<F extends string>(
    limits: Readonly<Record<F, Limit>>,
    names: readonly F[],
    optional: readonly F[] = [],
  ): Record<F, number | undefined> | null {
    const values = {} as Record<F, number | undefined>;
    let ok = true;
    for (const name of names) {
      const result = optional.includes(name)
        ? this.readNumber(name, { ...limits[name], required: false })
        : this.readNumber(name, limits[name]);
      if (result.ok) values[name] = result.value ?? undefined;
      else ok = false;
    }
    return ok ? values : null;
  }

  /** Shows the cross-field messages a model's `validate…` returns; true when there were any. */
  protected flagErrors<F extends string>(errors: FieldErrors<F>): boolean {
    for (const [name, message] of Object.entries(errors) as [F, string][]) {
      setFieldError(this.control(name), message);
    }
    return Object.keys(errors).length > 0;
  }

  /**
   * Puts settings-driven (or model-driven) starting values into fields. A value from the link
   * always wins: it is never replaced, but the default it stands against is recorded. After that a
   * field follows the new default only while it still holds the last default (or is empty), so
   * whatever the reader typed stays.
   */
  protected fillDefaults(values: Readonly<Record<string, string | number>>): void {
    for (const [name, value] of Object.entries(values)) {
      const control = this.control(name);
      const text = String(value);
      const previous = this.#filled.get(name);
      const fromLink = previous === undefined && this.#linked.delete(name);
      if (!fromLink && (previous === undefined || control.value === previous || control.value === ''))
        setControlValue(control, text);
      this.#filled.set(name, text);
    }
  }

  protected readChoice<T extends string>(name: string, choices: readonly T[], message: string): T | null {
    const control = this.control(name);
    const value = choices.find((choice) => choice === control.value) ?? null;
    setFieldError(control, value === null ? message : null);
    return value;
  }

  protected show(name: string, value: number | string, text: string, formula?: string): void {
    showOutput(this.output(name), value, text);
    this.#formulaLine(name, formula);
  }

  /** Shows what a tool's view worked out, output by output (formula lines included). */
  protected render(view: Readonly<Record<string, OutputView>>): void {
    for (const [name, { value, text, formula }] of Object.entries(view)) {
      if (value === null) clearOutput(this.output(name));
      else showOutput(this.output(name), value, text);
      this.#formulaLine(name, formula);
    }
  }

  protected clear(name: string): void {
    clearOutput(this.output(name));
    this.#formulaLine(name, '');
  }

  #formulaLine(name: string, formula: string | undefined): void {
    const line = this.querySelector(`[data-formula-for="${CSS.escape(name)}"]`);
    if (line && formula !== undefined) line.textContent = formula;
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

  /** What "Copy as Markdown/CSV" copies: one row per shown input, then one per shown result. */
  protected resultRows(): string[][] {
    const inputs = this.paramControls()
      .filter((control) => this.isShown(control))
      .map((control) => [
        this.labelOf(control),
        (control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent ?? '') : control.value).trim(),
      ]);
    return [...inputs, ...this.#outputRows()];
  }

  /** Every shown result as [label, text]. */
  #outputRows(): [string, string][] {
    return [...this.querySelectorAll<HTMLOutputElement>('output[name]')]
      .filter((output) => this.isShown(output))
      .map((output) => [this.labelOf(output), (output.textContent ?? '').trim()]);
  }

  /** The live summary: every shown result with its label. */
  protected summary(): string {
    return summarize(this.#outputRows());
  }

  protected toMarkdown(): string {
    return markdownTable(['Item', 'Value'], this.resultRows());
  }

  protected toCsv(): string {
    return toCsv([['Item', 'Value'], ...this.resultRows()]);
  }
}
