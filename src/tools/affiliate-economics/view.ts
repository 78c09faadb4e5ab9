/**
 * What /tools/affiliate-economics/ shows for an input: each output's value, text and formula.
 * The server render (AffiliateEconomics.astro) and `pp-affiliate-economics` both call it, so the
 * page reads the same before and after JavaScript and each string is written once here.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { affiliateEconomics, type AffiliateInput } from './model';

export const affiliateOutputs = ['customers', 'payout', 'lifetimeCommission'] as const;
export type AffiliateOutput = (typeof affiliateOutputs)[number];

export const affiliateOutputLabels: Readonly<Record<AffiliateOutput, string>> = {
  customers: 'Customers needed',
  payout: 'Monthly payout',
  lifetimeCommission: 'Lifetime commission per customer',
};

/** Shown in place of the lifetime commission at 0% churn (the model gives it no value). */
export const noChurnNote = 'With no churn a customer never leaves, so there is no lifetime total.';

/** `input` null: a field is bad, so nothing is worked out. */
export function affiliateView(
  input: AffiliateInput | null,
  money: (amount: number) => string,
): Record<AffiliateOutput, OutputView> {
  if (!input) return { customers: noResult(), payout: noResult(), lifetimeCommission: noResult() };
  const { target, rate, value, churn } = input;
  const result = affiliateEconomics(input);
  const exact = target / value;
  const rounded = Number.isInteger(exact) ? '' : `, rounded up to ${formatNumber(result.customers, 0)}`;
  return {
    customers: shown(
      result.customers,
      formatNumber(result.customers, 0),
      `${money(target)} ÷ ${money(value)} = ${formatNumber(exact)}${rounded}`,
    ),
    payout: shown(
      result.payout,
      money(result.payout),
      formatFormula([result.customers, '×', money(value), '×', formatPercent(rate, 2)], money(result.payout)),
    ),
    lifetimeCommission:
      churn === undefined
        ? noResult('Enter a monthly churn rate to see it.')
        : result.lifetimeCommission === null || result.lifetimeMonths === null
          ? noResult(noChurnNote)
          : shown(
              result.lifetimeCommission,
              money(result.lifetimeCommission),
              `${money(result.perCustomer)} a month × (1 ÷ ${formatPercent(churn, 2)} = ${formatNumber(result.lifetimeMonths, 1)} months) = ${money(result.lifetimeCommission)}`,
            ),
  };
}
