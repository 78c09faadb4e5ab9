/**
 * The base of the commission, partner-scorecard, program-health and affiliate-economics
 * calculators: a CalculatorElement (src/calculator/calculator-element.ts) whose fields
 * are checked against the `Limit`s their src/lib/ module exports, so the page accepts exactly
 * what the formulas accept.
 *
 * Adds to the base class
 * - `readFields(limits, names, optional)` — parses each field with its limit (flagging bad ones)
 *   and returns the values, or null when any field failed. Blank optional fields give undefined.
 * - `flagErrors(errors)` — shows the cross-field messages a module's `validate…` returns.
 * - `fillDefaults(values)` — puts settings-driven starting values into fields, leaving alone any
 *   field the reader (or the address) has changed since the last time it was filled.
 * - `isShown(element)` — false inside a `hidden` panel; hidden outputs are left out of the live
 *   summary and of "Copy as Markdown/CSV", and hidden fields out of the address.
 * - `optionalParams` — fields that may be left empty. An empty field is left out of the address,
 *   so when a link carries any of the tool's parameters, an optional field it does not mention
 *   starts empty instead of at the page's example value: the link shows what its sender saw.
 */
import { CalculatorElement } from './calculator-element';
import { setFieldError, setControlValue } from './fields';
import type { FieldErrors, Limit } from './input-limits';

export abstract class LimitedCalculatorElement extends CalculatorElement {
  /** The value each settings-driven field was last filled with. */
  #filled = new Map<string, string>();
  protected readonly optionalParams: readonly string[] = [];

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    if (query.size === 0) return;
    for (const name of this.optionalParams) if (!query.has(name)) setControlValue(this.control(name), '');
  }

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

  protected flagErrors<F extends string>(errors: FieldErrors<F>): boolean {
    for (const [name, message] of Object.entries(errors) as [F, string][]) {
      setFieldError(this.control(name), message);
    }
    return Object.keys(errors).length > 0;
  }

  protected fillDefaults(values: Readonly<Record<string, string | number>>): void {
    for (const [name, value] of Object.entries(values)) {
      const control = this.control(name);
      const text = String(value);
      const previous = this.#filled.get(name);
      if (previous === undefined || control.value === previous) setControlValue(control, text);
      this.#filled.set(name, text);
    }
  }

  protected isShown(element: Element): boolean {
    return element.closest('[hidden]') === null;
  }

  protected override queryState(): Record<string, string | string[]> {
    // A hidden field's value is removed from the address rather than shared.
    return Object.fromEntries(
      this.paramControls().map((control) => [control.name, this.isShown(control) ? control.value : '']),
    );
  }

  protected override resultRows(): string[][] {
    return super.resultRows().filter((_, index) => this.isShown(this.#rowElements()[index]!));
  }

  protected override summary(): string {
    return [...this.querySelectorAll<HTMLOutputElement>('output[name]')]
      .filter((output) => this.isShown(output))
      .map((output) => `${this.labelOf(output)}: ${(output.textContent ?? '').trim()}`)
      .join('. ');
  }

  /** The elements behind resultRows(), in the same order: every param control, then every output. */
  #rowElements(): Element[] {
    return [...this.paramControls(), ...this.querySelectorAll('output[name]')];
  }
}
