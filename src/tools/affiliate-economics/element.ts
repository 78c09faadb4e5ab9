/**
 * `pp-affiliate-economics` on /tools/affiliate-economics/: revenue target, commission rate,
 * customer value and optional churn → customers needed, monthly payout and lifetime commission
 * per customer. The rules live in src/tools/affiliate-economics/model.ts.
 */
import { affiliateEconomics, affiliateLimits, type AffiliateInput } from './model';
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { CalculatorElement } from '../../calculator/calculator-element';

export class AffiliateEconomics extends CalculatorElement {
  protected override readonly optionalParams = ['churn'];

  protected override applySettings(): void {
    this.fillDefaults({ rate: this.settings.rates.affiliate });
  }

  protected compute(): void {
    const values = this.readFields(affiliateLimits, ['target', 'rate', 'value', 'churn'], ['churn']);
    if (!values) return ['customers', 'payout', 'lifetimeCommission'].forEach((name) => this.clear(name));
    const input = values as AffiliateInput;
    const { target, rate, value, churn } = input;
    const result = affiliateEconomics(input);
    const exact = target / value;
    const rounded = Number.isInteger(exact) ? '' : `, rounded up to ${formatNumber(result.customers, 0)}`;
    this.show(
      'customers',
      result.customers,
      formatNumber(result.customers, 0),
      `${this.money(target)} ÷ ${this.money(value)} = ${formatNumber(exact)}${rounded}`,
    );
    this.show(
      'payout',
      result.payout,
      this.money(result.payout),
      formatFormula([result.customers, '×', this.money(value), '×', formatPercent(rate, 2)], this.money(result.payout)),
    );
    if (churn === undefined || result.lifetimeCommission === null || result.lifetimeMonths === null) {
      this.clear('lifetimeCommission');
      this.querySelector('[data-formula-for="lifetimeCommission"]')!.textContent =
        'Enter a monthly churn rate to see it.';
      return;
    }
    this.show(
      'lifetimeCommission',
      result.lifetimeCommission,
      this.money(result.lifetimeCommission),
      `${this.money(result.perCustomer)} a month × (1 ÷ ${formatPercent(churn, 2)} = ${formatNumber(result.lifetimeMonths, 1)} months) = ${this.money(result.lifetimeCommission)}`,
    );
  }
}

if (!customElements.get('pp-affiliate-economics')) customElements.define('pp-affiliate-economics', AffiliateEconomics);
