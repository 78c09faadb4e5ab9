import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import { affiliateView } from './view';

const usd = (amount: number) => formatMoney(amount, 'USD');

describe('affiliateView', () => {
  it('writes the worked example the page opens with', () => {
    const view = affiliateView({ target: 50_000, rate: 25, value: 100, churn: 5 }, usd);
    expect(view.customers).toEqual({ value: 500, text: '500', formula: '$50,000 ÷ $100 = 500' });
    expect(view.payout).toEqual({ value: 12_500, text: '$12,500', formula: '500 × $100 × 25% = $12,500' });
    expect(view.lifetimeCommission).toEqual({
      value: 500,
      text: '$500',
      formula: '$25 a month × (1 ÷ 5% = 20 months) = $500',
    });
  });

  it('says when customers were rounded up', () => {
    const view = affiliateView({ target: 1_000, rate: 10, value: 300 }, usd);
    expect(view.customers.formula).toBe('$1,000 ÷ $300 = 3.33, rounded up to 4');
  });

  it('asks for churn instead of showing a lifetime without it', () => {
    const view = affiliateView({ target: 1_000, rate: 10, value: 300 }, usd);
    expect(view.lifetimeCommission).toEqual({
      value: null,
      text: '—',
      formula: 'Enter a monthly churn rate to see it.',
    });
  });

  it('says why there is no lifetime at 0% churn, and still works out the rest', () => {
    const view = affiliateView({ target: 30_000, rate: 20, value: 60, churn: 0 }, usd);
    expect(view.customers.value).toBe(500);
    expect(view.payout).toMatchObject({ value: 6_000, text: '$6,000' });
    expect(view.lifetimeCommission).toEqual({
      value: null,
      text: '—',
      formula: 'With no churn a customer never leaves, so there is no lifetime total.',
    });
  });

  it('shows no result at all for bad input', () => {
    const view = affiliateView(null, usd);
    for (const output of Object.values(view)) expect(output).toEqual({ value: null, text: '—', formula: '' });
  });
});
