/**
 * Affiliate program economics: customers needed for a revenue target, the monthly payout, and
 * what one customer earns its affiliate over its expected lifetime.
 *
 * The rules mirror the prose on /tools/affiliate-economics/ (and /economics/affiliate-programs/);
 * update both together. Source: the upstream affiliate program economics example — a 50,000
 * monthly target at 25% recurring commission and 100 a month per customer needs 500 customers
 * and pays 12,500 a month.
 *
 * With a monthly churn rate c (as a fraction), a customer stays 1/c months on average (the mean
 * of a geometric distribution), so the lifetime commission is the monthly commission × 1/c.
 * With no churn (0%) a customer never leaves: customers and payout still stand, the lifetime
 * has no finite value and is left out (null).
 */
import {
  checkLimits,
  MAX_MONEY,
  moneyLimit,
  percentLimit,
  roundToCents,
  withoutNegativeZero,
  type FieldErrors,
  type Limit,
} from '../../calculator/limits';

export interface AffiliateInput {
  /** Monthly revenue target from affiliate-referred customers. */
  target: number;
  /** Recurring commission rate, percent. */
  rate: number;
  /** Average revenue per customer per month. */
  value: number;
  /** Monthly churn, percent; leave out to skip the lifetime figure. */
  churn?: number | undefined;
}
export type AffiliateField = keyof AffiliateInput;

export const affiliateLimits: Record<AffiliateField, Limit> = {
  target: moneyLimit,
  rate: percentLimit,
  // A customer worth nothing a month can never reach a target: the smallest value is one cent.
  value: { min: 0.01, max: MAX_MONEY },
  // Zero churn is accepted: customers never leave, so only the lifetime figure is left out.
  churn: percentLimit,
};

export function validateAffiliate(input: AffiliateInput): FieldErrors<AffiliateField> {
  return checkLimits(input, affiliateLimits);
}

export interface AffiliateResult {
  /** Paying customers needed to reach the target (a whole number, rounded up). */
  customers: number;
  /** Commission per customer per month. */
  perCustomer: number;
  /** Commission paid each month on the customers needed. */
  payout: number;
  /** Expected months a customer stays: 100 ÷ churn%. Null without churn, or at 0% (no end). */
  lifetimeMonths: number | null;
  /** Commission one customer earns over its expected lifetime. Null without churn, or at 0%. */
  lifetimeCommission: number | null;
}

export function affiliateEconomics({ target, rate, value, churn }: AffiliateInput): AffiliateResult {
  // Division can land a hair above a whole number (0.27 ÷ 0.09 is 3.0000000000000004): when one
  // customer fewer already reaches the target, that is the answer.
  // Any positive target needs at least one customer, even one so small the division underflows to 0.
  const rounded = Math.max(Math.ceil(target / value), target > 0 ? 1 : 0);
  const customers = withoutNegativeZero(rounded > 0 && (rounded - 1) * value >= target ? rounded - 1 : rounded);
  // At 0% churn (or churn so small the division overflows) the lifetime has no finite value.
  const lifetimeMonths = churn === undefined ? null : 100 / churn;
  const lifetimeCommission = churn === undefined ? null : roundToCents((value * rate) / churn);
  const finite = lifetimeMonths !== null && Number.isFinite(lifetimeMonths) && Number.isFinite(lifetimeCommission);
  return {
    customers,
    perCustomer: roundToCents((value * rate) / 100),
    payout: roundToCents((customers * value * rate) / 100),
    lifetimeMonths: finite ? lifetimeMonths : null,
    lifetimeCommission: finite ? lifetimeCommission : null,
  };
}
