/**
 * `pp-clawback-calculator` on /tools/commission/: how much of a paid commission comes back when
 * the customer cancels on a given day. The rule is `clawback` in model.ts, the wording clawback-view.ts;
 * the program's bands come from `data-defaults`.
 */
import { clawbackLimits, type ClawbackInput } from './model';
import { clawbackView } from './clawback-view';
import { setControlValue } from '../../calculator/fields';
import { CalculatorElement } from '../../calculator/calculator-element';

export class ClawbackElement extends CalculatorElement {
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
    this.render(
      clawbackView(values as ClawbackInput | null, this.defaults.commissionRules.clawback, (amount) =>
        this.money(amount),
      ),
    );
  }
}

if (!customElements.get('pp-clawback-calculator')) customElements.define('pp-clawback-calculator', ClawbackElement);
