import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import { exampleWithout as without, planExampleWithDirect as example } from './fixtures';
import { planOutputs, planView, verdict } from './view';

const usd = (amount: number) => formatMoney(amount, 'USD');

describe('planView', () => {
  it('writes the issue example with the reader’s numbers in every formula', () => {
    const { outputs } = planView(example, usd);
    expect(outputs.sourced).toEqual({
      value: 2_500_000,
      text: '$2,500,000',
      formula: '$10,000,000 × 25% = $2,500,000',
    });
    expect(outputs.dealsNeeded.formula).toBe('$2,500,000 ÷ $25,000 = 100');
    expect(outputs.activePartners.formula).toBe('100 ÷ 4 = 25');
    expect(outputs.signedPartners).toEqual({ value: 42, text: '42', formula: '25 ÷ 60% = 41.67, rounded up to 42' });
    expect(outputs.managers.formula).toBe('42 ÷ 25 = 1.68, rounded up to 2');
    expect(outputs.payoutCost.formula).toBe('$2,500,000 × 20% = $500,000');
    expect(outputs.mdfCost.formula).toBe('25 × $5,000 = $125,000');
    expect(outputs.teamCost.formula).toBe('2 × $150,000 = $300,000');
    expect(outputs.programCost.formula).toBe('$500,000 + $125,000 + $300,000 + $30,000 = $955,000');
    expect(outputs.costPerDollar).toEqual({ value: 0.382, text: '0.382', formula: '$955,000 ÷ $2,500,000 = 0.382' });
    expect(outputs.roi.text).toBe('161.78%');
    expect(outputs.advantage).toEqual({
      value: expect.closeTo(0.218, 10),
      text: '0.218',
      formula: '0.6 − 0.382 = 0.218',
    });
  });

  it('says plainly whether partners are cheaper than direct', () => {
    expect(planView(example, usd).verdict).toBe(
      'Partners are cheaper than direct sales: each 1 of partner-sourced ARR costs 0.382 against 0.6 direct, 36% less.',
    );
    expect(planView({ ...example, directCost: 0.3 }, usd).verdict).toBe(
      'Direct sales are cheaper than this program: each 1 of partner-sourced ARR costs 0.382 against 0.3 direct, 27% more.',
    );
    expect(verdict({ costPerDollar: 0.382, advantage: 0 }, 0.382)).toBe(
      'Partners and direct sales cost about the same: 0.382 per 1 of new ARR.',
    );
  });

  it('asks for the direct cost instead of comparing without it', () => {
    const view = planView({ ...example, directCost: undefined }, usd);
    expect(view.outputs.advantage).toEqual({ value: null, text: '—', formula: 'Enter the direct cost to compare.' });
    expect(view.verdict).toBe('');
  });

  it('blanks only what depends on a bad field', () => {
    const view = planView(without('mdf'), usd, false);
    for (const name of ['mdfCost', 'programCost', 'costPerDollar', 'roi', 'advantage'] as const) {
      expect(view.outputs[name]).toEqual({ value: null, text: '—', formula: '' });
    }
    expect(view.outputs.signedPartners.value).toBe(42);
    expect(view.verdict).toBe('');
    expect(view.chart.costDescription).toBe('The cost split needs every cost field.');
  });

  it('shows nothing at all without a target', () => {
    const view = planView(without('arr'), usd, false);
    for (const name of planOutputs) expect(view.outputs[name].value).toBeNull();
    expect(view.chart.funnel.every((row) => row.width === 0)).toBe(true);
  });
});

describe('planChart', () => {
  it('draws the funnel against the largest count and the target in full', () => {
    const { funnel, funnelDescription } = planView(example, usd).chart;
    expect(funnel.map((row) => row.width)).toEqual([480, 480, 120, 201.6, 9.6]);
    expect(funnelDescription).toBe(
      'From the target to the team: Partner-sourced ARR target: $2,500,000, then Partner-sourced deals needed: 100, then Active partners needed: 25, then Signed partners needed: 42, then Partner managers needed: 2.',
    );
  });

  it('splits the cost left to right, in shares of the program cost', () => {
    const { costs, costDescription } = planView(example, usd).chart;
    expect(costs.map(({ x, width }) => [x, width])).toEqual([
      [0, 251.3],
      [251.3, 62.8],
      [314.1, 150.8],
      [464.9, 15.1],
    ]);
    expect(costDescription).toBe(
      'Program cost of $955,000: Commission and margin: $500,000 (52%), MDF: $125,000 (13%), Partner team: $300,000 (31%), Tooling: $30,000 (3%).',
    );
  });
});
