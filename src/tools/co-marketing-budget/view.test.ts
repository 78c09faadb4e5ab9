import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import {
  budgetExample,
  budgetView,
  multiplierWords,
  newPartnerRow,
  partnerRowWords,
  portfolioExample,
  portfolioView,
} from './view';
import { bases, multipliers, partner, tiers, worked } from './test-data';

const narrow = { pipeline: { min: 0.8, max: 1.25 }, strategic: { min: 1.1, max: 1.2 } };
const usd = (amount: number) => formatMoney(amount, 'USD');
const none = { value: null, text: '—', formula: '' };

const gold = { name: 'Gold', base: 25_000 };

describe('budgetView', () => {
  it('works the page example with the tier base when the base field is empty', () => {
    const view = budgetView({ tier: gold, values: { base: null, pipeline: 1.5, strategic: 1.2 } }, usd);
    expect(view.outputs.budget).toEqual({ value: 45_000, text: '$45,000', formula: '25,000 × 1.5 × 1.2 = 45,000' });
    expect(view.summary).toBe('Gold partner budget: $45,000 (25,000 × 1.5 × 1.2 = 45,000).');
    expect(view.base).toEqual({
      hint: "Leave empty to use the tier's base from your settings (Gold: 25,000).",
      placeholder: '25,000',
    });
  });

  it('uses a typed base instead, while the hint still names the tier base', () => {
    const euro = (amount: number) => formatMoney(amount, 'EUR');
    const view = budgetView({ tier: gold, values: { base: 10_000, pipeline: 0.7, strategic: 0.9 } }, euro);
    // 10,000 × 0.7 × 0.9 = 6,300.
    expect(view.outputs.budget).toEqual({ value: 6_300, text: '€6,300', formula: '10,000 × 0.7 × 0.9 = 6,300' });
    expect(view.summary).toBe('Gold partner budget: €6,300 (10,000 × 0.7 × 0.9 = 6,300).');
    expect(view.base?.placeholder).toBe('25,000');
  });

  it('shows no result and says why when a field is bad', () => {
    const badValues = budgetView({ tier: gold, values: null }, usd);
    expect(badValues.outputs.budget).toEqual(none);
    expect(badValues.summary).toBe('No budget yet: fix the highlighted fields.');
    expect(badValues.base?.placeholder).toBe('25,000');

    const badTier = budgetView({ tier: null, values: { base: 1, pipeline: 1, strategic: 1 } }, usd);
    expect(badTier.outputs.budget).toEqual(none);
    expect(badTier.summary).toBe('No budget yet: fix the highlighted fields.');
    expect(badTier.base).toBeNull();
  });
});

describe('the words and examples that come from the program', () => {
  it("state the multiplier ranges and the budget's range", () => {
    expect(multiplierWords(multipliers)).toEqual({
      pipeline: 'A multiplier from 0.5 to 2, by lead quality.',
      strategic: 'A multiplier from 0.8 to 1.5, by brand alignment.',
      range: 'A budget lies between 0.4 and 3 times the base.',
    });
    // 0.8 × 1.1 = 0.88 and 1.25 × 1.2 = 1.5.
    expect(multiplierWords(narrow)).toEqual({
      pipeline: 'A multiplier from 0.8 to 1.25, by lead quality.',
      strategic: 'A multiplier from 1.1 to 1.2, by brand alignment.',
      range: 'A budget lies between 0.88 and 1.5 times the base.',
    });
  });

  it('keep the examples and a new row inside the ranges', () => {
    expect(budgetExample(multipliers)).toEqual({ pipeline: 1.5, strategic: 1.2 });
    expect(budgetExample(narrow)).toEqual({ pipeline: 1.25, strategic: 1.2 });
    expect(newPartnerRow(tiers, multipliers)).toEqual({ tier: 'silver', pipeline: 1, strategic: 1 });
    expect(newPartnerRow(tiers, narrow)).toEqual({ tier: 'silver', pipeline: 1, strategic: 1.1 });
    expect(portfolioExample(tiers, multipliers)).toEqual({
      pool: 150_000,
      partners: [
        partner('Acme Analytics', 'gold', 1.5, 1.2),
        partner('Beacon Consulting', 'silver', 1, 1),
        partner('Corda Systems', 'platinum', 1.5, 1),
      ],
    });
    expect(portfolioExample(tiers.slice(0, 3), narrow).partners).toEqual([
      partner('Acme Analytics', 'silver', 1.25, 1.2),
      partner('Beacon Consulting', 'silver', 1, 1.1),
      partner('Corda Systems', 'gold', 1.25, 1.1),
    ]);
  });

  it('number the planner rows from 1', () => {
    expect(partnerRowWords(0)).toEqual({ legend: 'Partner 1', remove: 'Remove partner 1' });
    expect(partnerRowWords(11)).toEqual({ legend: 'Partner 12', remove: 'Remove partner 12' });
  });
});

describe('portfolioView', () => {
  it('scales every request when the requests exceed the pool (the worked example)', () => {
    const view = portfolioView(worked, 150_000, bases, usd);
    // 25,000 × 1.5 × 1.2 = 45,000; 5,000 × 1 × 1 = 5,000; 100,000 × 1.5 × 1 = 150,000; 150,000 ÷ 200,000 = 0.75.
    expect(view.rows).toEqual([
      {
        requested: { value: 45_000, text: '$45,000', formula: '' },
        allocated: { value: 33_750, text: '$33,750', formula: '' },
      },
      {
        requested: { value: 5_000, text: '$5,000', formula: '' },
        allocated: { value: 3_750, text: '$3,750', formula: '' },
      },
      {
        requested: { value: 150_000, text: '$150,000', formula: '' },
        allocated: { value: 112_500, text: '$112,500', formula: '' },
      },
    ]);
    expect(view.outputs).toEqual({
      requested: { value: 200_000, text: '$200,000', formula: '45,000 + 5,000 + 150,000 = 200,000' },
      scale: { value: 0.75, text: '0.75 (75%)', formula: '150,000 ÷ 200,000 = 0.75' },
      allocated: { value: 150_000, text: '$150,000', formula: 'each request × 0.75, in whole cents = 150,000' },
    });
    expect(view.summary).toBe(
      'Requests of $200,000 exceed the pool of $150,000: each partner gets 75% of its request.',
    );
  });

  it('funds every request when they fit, and says what is left', () => {
    const view = portfolioView(worked, 250_000, bases, usd);
    expect(view.rows.map((row) => row.allocated.text)).toEqual(['$45,000', '$5,000', '$150,000']);
    expect(view.outputs.scale).toEqual({
      value: 1,
      text: '1 (100%)',
      formula: 'requests 200,000 ≤ pool 250,000, so 1',
    });
    expect(view.outputs.allocated.formula).toBe('each request × 1, in whole cents = 200,000');
    expect(view.summary).toBe('All requests ($200,000) fit in the pool of $250,000; $50,000 is left unallocated.');
  });

  it('rounds the scale to four places and shows the cent from rounding', () => {
    const three = [partner('A', 'silver', 1, 1), partner('B', 'silver', 1, 1), partner('C', 'silver', 1, 1)];
    const view = portfolioView(three, 10_000, bases, usd);
    // 10,000 ÷ 15,000 = 0.666…: 0.6667, 66.7%; 3,333.33… each, the leftover cent to the first row.
    expect(view.outputs.scale).toEqual({
      value: 10_000 / 15_000,
      text: '0.6667 (66.7%)',
      formula: '10,000 ÷ 15,000 = 0.6667',
    });
    expect(view.rows.map((row) => row.allocated.text)).toEqual(['$3,333.34', '$3,333.33', '$3,333.33']);
    expect(view.outputs.allocated.text).toBe('$10,000');
    expect(view.summary).toBe(
      'Requests of $15,000 exceed the pool of $10,000: each partner gets 66.7% of its request.',
    );
  });

  it('writes every term of the requested formula up to six partners, then their count', () => {
    const silver = (count: number) => Array.from({ length: count }, (_, i) => partner(`P${i}`, 'silver', 1, 1));
    expect(portfolioView(silver(6), 1e6, bases, usd).outputs.requested.formula).toBe(
      '5,000 + 5,000 + 5,000 + 5,000 + 5,000 + 5,000 = 30,000',
    );
    expect(portfolioView(silver(7), 1e6, bases, usd).outputs.requested.formula).toBe('sum of 7 requests = 35,000');
    const empty = portfolioView([], 1_000, bases, usd);
    expect(empty.outputs.requested).toEqual({ value: 0, text: '$0', formula: 'no partners = 0' });
    expect(empty.summary).toBe('All requests ($0) fit in the pool of $1,000; $1,000 is left unallocated.');
  });

  it('with a bad pool or row, shows each valid row its request and nothing else', () => {
    const view = portfolioView([partner('A', 'gold', 1, 1), null, null], null, bases, usd);
    expect(view.rows).toEqual([
      { requested: { value: 25_000, text: '$25,000', formula: '' }, allocated: none },
      { requested: none, allocated: none },
      { requested: none, allocated: none },
    ]);
    expect(view.outputs).toEqual({ requested: none, scale: none, allocated: none });
    expect(view.summary).toBe('No allocation yet: fix the pool and 2 partner rows.');
    expect(portfolioView([null], 1_000, bases, usd).summary).toBe('No allocation yet: fix 1 partner row.');
    expect(portfolioView(worked, null, bases, usd).summary).toBe('No allocation yet: fix the pool.');
  });
});
