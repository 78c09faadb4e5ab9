import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { affiliateEconomics, validateAffiliate, type AffiliateInput } from './model';
import { MAX_MONEY } from '../../calculator/limits';

describe('affiliate economics', () => {
  it.each([
    [
      'upstream example: 50,000 a month at 25% with 100 a month per customer',
      { target: 50_000, rate: 25, value: 100, churn: 5 },
      // 1 ÷ 5% = 20 months; 25 a month × 20 months.
      { customers: 500, perCustomer: 25, payout: 12_500, lifetimeMonths: 20, lifetimeCommission: 500 },
    ],
    [
      'no churn: customers and payout stand, the lifetime has no finite value',
      { target: 30_000, rate: 20, value: 60, churn: 0 },
      { customers: 500, perCustomer: 12, payout: 6_000, lifetimeMonths: null, lifetimeCommission: null },
    ],
  ])('%s', (_name, input, result) => {
    expect(validateAffiliate(input)).toEqual({});
    expect(affiliateEconomics(input)).toEqual(result);
  });

  it.each<[string, AffiliateInput, number, number]>([
    ['rounds customers up: 1,000 ÷ 300 is 3⅓, so 4 customers', { target: 1_000, rate: 25, value: 300 }, 4, 300],
    ['float dust: 0.30 ÷ 0.10 is exactly 3 customers', { target: 0.3, rate: 10, value: 0.1 }, 3, 0.03],
    ['float dust above: 0.27 ÷ 0.09 is exactly 3 customers', { target: 0.27, rate: 100, value: 0.09 }, 3, 0.27],
    ['no target', { target: 0, rate: 25, value: 100 }, 0, 0],
    ['no commission', { target: 50_000, rate: 0, value: 100 }, 500, 0],
    ['one customer covers the target', { target: 80, rate: 30, value: 99 }, 1, 29.7],
  ])('%s', (_name, input, customers, payout) => {
    expect(validateAffiliate(input)).toEqual({});
    const result = affiliateEconomics(input);
    expect(result.customers).toBe(customers);
    expect(result.payout).toBeCloseTo(payout, 2);
    expect(result.lifetimeMonths).toBeNull();
    expect(result.lifetimeCommission).toBeNull();
  });

  it.each([
    ['every customer leaves in a month', 100, 1, 25],
    ['3% a month: 33⅓ months', 3, 100 / 3, 833.33],
    ['the lowest churn accepted', 0.1, 1_000, 25_000],
  ])('%s', (_name, churn, lifetimeMonths, lifetimeCommission) => {
    const result = affiliateEconomics({ target: 50_000, rate: 25, value: 100, churn });
    expect(result.lifetimeMonths).toBeCloseTo(lifetimeMonths, 10);
    expect(result.lifetimeCommission).toBeCloseTo(lifetimeCommission, 2);
  });

  it.each([
    ['a customer worth nothing', { value: 0 }, 'value', 'Enter a number from 0.01 to 1,000,000,000,000.'],
    ['negative churn', { churn: -1 }, 'churn', 'Enter a number from 0 to 100.'],
    ['churn above 100%', { churn: 120 }, 'churn', 'Enter a number from 0 to 100.'],
    ['a rate above 100%', { rate: 101 }, 'rate', 'Enter a number from 0 to 100.'],
    ['a negative target', { target: -1 }, 'target', 'Enter a number from 0 to 1,000,000,000,000.'],
  ] as const)('rejects %s', (_name, change, field, message) => {
    expect(validateAffiliate({ target: 50_000, rate: 25, value: 100, ...change })[field]).toBe(message);
  });

  const anyNumber = (min: number, max: number) =>
    fc.oneof(
      fc.double(),
      fc.double({ min, max, noNaN: true }),
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    );

  it('reaches the target with no customer to spare, and never gives NaN, Infinity or a negative amount', () => {
    fc.assert(
      fc.property(
        anyNumber(-1, MAX_MONEY),
        anyNumber(-1, 110),
        anyNumber(-1, MAX_MONEY),
        fc.option(anyNumber(-1, 110), { nil: undefined }),
        (target, rate, value, churn) => {
          const input = { target, rate, value, churn };
          fc.pre(Object.keys(validateAffiliate(input)).length === 0);
          const result = affiliateEconomics(input);
          for (const amount of [result.customers, result.perCustomer, result.payout]) {
            expect(Number.isFinite(amount) && amount >= 0 && !Object.is(amount, -0)).toBe(true);
          }
          expect(Number.isInteger(result.customers)).toBe(true);
          // Within double precision.
          expect(result.customers * value).toBeGreaterThanOrEqual(target * (1 - 1e-12));
          if (result.customers > 0) expect((result.customers - 1) * value).toBeLessThan(target);
          // A lifetime is either left out (no churn given, or none at all) or a finite amount.
          if (result.lifetimeCommission !== null) {
            expect(Number.isFinite(result.lifetimeCommission) && result.lifetimeCommission >= 0).toBe(true);
          }
          if (churn !== undefined && churn >= 0.1) expect(result.lifetimeCommission).not.toBeNull();
        },
      ),
    );
  });

  it('never pays more over a lifetime when churn rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (value, rate, churnA, churnB) => {
          const [low, high] = churnA <= churnB ? [churnA, churnB] : [churnB, churnA];
          const at = (churn: number) => affiliateEconomics({ target: 1_000, rate, value, churn }).lifetimeCommission!;
          expect(at(high)).toBeLessThanOrEqual(at(low));
        },
      ),
    );
  });
});
