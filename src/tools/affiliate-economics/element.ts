/**
 * `pp-affiliate-economics` on /tools/affiliate-economics/: reads the fields against the model's
 * limits and shows what view.ts works out. The rate starts at the program's affiliate rate.
 */
import { affiliateLimits, type AffiliateInput } from './model';
import { affiliateView } from './view';
import { CalculatorElement } from '../../calculator/calculator-element';

export class AffiliateEconomicsElement extends CalculatorElement {
  protected override readonly optionalParams = ['churn'];

  protected override applySettings(): void {
    this.fillDefaults({ rate: this.settings.rates.affiliate });
  }

  protected compute(): void {
    const values = this.readFields(affiliateLimits, ['target', 'rate', 'value', 'churn'], ['churn']);
    this.render(affiliateView(values as AffiliateInput | null, (amount) => this.money(amount)));
  }
}

if (!customElements.get('pp-affiliate-economics'))
  customElements.define('pp-affiliate-economics', AffiliateEconomicsElement);
