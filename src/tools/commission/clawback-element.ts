/**
 * `pp-clawback-calculator` on /tools/commission/: how much of a paid commission comes back when
 * the customer cancels on a given day. The schedule lives in src/tools/commission/model.ts (`clawback`).
 */
import { clawback, clawbackLimits, clawbackSchedule, type ClawbackRule } from './model';
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { setControlValue } from '../../calculator/fields';
import { CalculatorElement } from '../../calculator/calculator-element';

const { fullBefore, halfBefore, endsAt } = clawbackSchedule;

const windows: Record<ClawbackRule, string> = {
  full: `Day 0–${fullBefore - 1}: full clawback`,
  half: `Day ${fullBefore}–${halfBefore - 1}: half`,
  'pro-rata': `Day ${halfBefore}–${endsAt}: pro rata, falling from 50% to 0`,
  none: `After day ${endsAt}: nothing`,
};

export class ClawbackCalculator extends CalculatorElement {
  #wired = false;

  override connectedCallback(): void {
    if (!this.#wired) {
      this.#wired = true;
      this.querySelector('[data-use-commission]')?.addEventListener('click', () => this.#useCommissionAbove());
    }
    super.connectedCallback();
  }

  /** Copies the commission worked out by the model calculator on the same page. */
  #useCommissionAbove(): void {
    const status = this.querySelector<HTMLElement>('[data-use-status]')!;
    const value = document.querySelector<HTMLOutputElement>('pp-commission-calculator output[name="commission"]')
      ?.dataset['value'];
    if (!value) {
      status.textContent = 'The model above has no commission to use yet: its result shows “—”.';
      return;
    }
    setControlValue(this.control('commission'), value);
    status.textContent = `Using the commission from the model above: ${this.money(Number(value))}.`;
    this.refresh();
  }

  protected compute(): void {
    const values = this.readFields(clawbackLimits, ['commission', 'day']);
    if (!values) return this.clear('clawback');
    const { commission, day } = values as { commission: number; day: number };
    const result = clawback({ commission, day });
    const share =
      result.rule === 'pro-rata'
        ? `50% × (${endsAt} − ${formatNumber(day)}) ÷ ${endsAt - halfBefore}`
        : formatPercent(result.share);
    this.show(
      'clawback',
      result.clawback,
      this.money(result.clawback),
      `${windows[result.rule]}. ${formatFormula([this.money(commission), '×', share], this.money(result.clawback))}`,
    );
  }
}

if (!customElements.get('pp-clawback-calculator')) customElements.define('pp-clawback-calculator', ClawbackCalculator);
