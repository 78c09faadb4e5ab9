import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import type { ResellerRules } from './model';
import { commissionOutputs, commissionView, rebateBandsText, type CommissionInput } from './view';

// Rules written out here, not read from content/program.yaml, so a company editing its program
// does not break these tests. Every expected string below is worked out by hand.
const rules: ResellerRules = {
  registeredBonus: 5,
  rebates: [
    { from: 250_000, upTo: 500_000, rate: 2 },
    { from: 500_000, upTo: 1_000_000, rate: 5 },
  ],
};
const brackets = [
  { upTo: 100_000, rate: 20 },
  { upTo: 250_000, rate: 25 },
  { upTo: null, rate: 30 },
];
const usd = (amount: number) => formatMoney(amount, 'USD');
const none = { value: null, text: '—', formula: '' };
const view = (input: CommissionInput, withRules = rules) => commissionView(input.model, input, withRules, usd);
const reseller = { model: 'reseller', list: 50_000, margin: 35, registered: 1 } as const;

describe('commissionView', () => {
  it('works a referral fee, and leaves every other output without a result', () => {
    const { outputs, summary } = view({ model: 'referral', deal: 24_000, rate: 20 });
    expect(outputs.commission).toEqual({ value: 4_800, text: '$4,800', formula: '$24,000 × 20% = $4,800' });
    for (const name of commissionOutputs.filter((output) => output !== 'commission')) {
      expect(outputs[name], name).toEqual(none);
    }
    expect(summary).toBe('Referral commission: $4,800.');
  });

  it('works a recurring share over the whole period and its first year', () => {
    const { outputs, summary } = view({ model: 'recurring', deal: 24_000, rate: 15, months: 24 });
    expect(outputs.commission).toEqual({
      value: 7_200,
      text: '$7,200',
      formula: '$24,000 × 15% × 24 ÷ 12 months = $7,200',
    });
    expect(outputs.firstYear).toEqual({
      value: 3_600,
      text: '$3,600',
      formula: '$24,000 × 15% × 12 ÷ 12 months = $3,600',
    });
    expect(summary).toBe('Commission over the whole period: $7,200. Paid in the first year: $3,600.');
  });

  it('a recurring plan shorter than a year pays all of it in the first year', () => {
    const { outputs } = view({ model: 'recurring', deal: 12_000, rate: 10, months: 6 });
    expect(outputs.firstYear.formula).toBe('$12,000 × 10% × 6 ÷ 12 months = $600');
  });

  it('writes a tiered commission slice by slice, or the whole volume at the rate reached', () => {
    const marginal = view({ model: 'tiered', volume: 400_000, brackets, method: 'marginal' });
    expect(marginal.outputs.commission).toEqual({
      value: 102_500,
      text: '$102,500',
      formula: '$100,000 × 20% + $150,000 × 25% + $150,000 × 30% = $102,500',
    });
    expect(marginal.summary).toBe('Tiered commission: $102,500.');
    const whole = view({ model: 'tiered', volume: 400_000, brackets, method: 'whole' });
    expect(whole.outputs.commission.formula).toBe('$400,000 × 30% = $120,000');
  });

  it('works an influenced deal as a share of the sourced rate', () => {
    const { outputs, summary } = view({ model: 'influenced', deal: 100_000, rate: 25, share: 50 });
    expect(outputs.commission).toEqual({ value: 12_500, text: '$12,500', formula: '$100,000 × 25% × 50% = $12,500' });
    expect(summary).toBe('Influenced-deal commission: $12,500.');
  });

  it('works a registered reseller deal and its marginal volume rebate', () => {
    const { outputs, summary } = view({ ...reseller, volume: 300_000 });
    expect(outputs.partnerProfit).toEqual({
      value: 20_000,
      text: '$20,000',
      formula: '$50,000 × (35% + 5%) = $20,000',
    });
    expect(outputs.partnerCost).toEqual({ value: 30_000, text: '$30,000', formula: '$50,000 − $20,000 = $30,000' });
    // 50,000 of the volume is inside the 2% band: 1,000; 1,000 ÷ 300,000 = 0.333…%.
    expect(outputs.rebate).toEqual({ value: 1_000, text: '$1,000', formula: '$50,000 × 2% = $1,000' });
    expect(outputs.rebateRate.value).toBeCloseTo(1 / 3, 12);
    expect(outputs.rebateRate.text).toBe('0.33%');
    expect(outputs.rebateRate.formula).toBe('$1,000 ÷ $300,000 × 100 = 0.33%');
    expect(outputs.commission).toEqual(none);
    expect(summary).toBe(
      'Partner gross profit: $20,000. Partner cost: $30,000. Volume rebate: $1,000. Effective rebate rate: 0.33%.',
    );
  });

  it('adds up the rebate band by band, and stops where the last band ends', () => {
    // 250,000 × 2% + 250,000 × 5% = 5,000 + 12,500 = 17,500; ÷ 750,000 = 2.333…%.
    const inTwo = view({ ...reseller, volume: 750_000 }).outputs;
    expect(inTwo.rebate.formula).toBe('$250,000 × 2% + $250,000 × 5% = $17,500');
    expect(inTwo.rebateRate.text).toBe('2.33%');
    // Above 1,000,000 no band applies: still 5,000 + 25,000 = 30,000, which is 1.5% of 2,000,000.
    const past = view({ ...reseller, volume: 2_000_000 }).outputs;
    expect(past.rebate).toEqual({
      value: 30_000,
      text: '$30,000',
      formula: '$250,000 × 2% + $500,000 × 5% = $30,000',
    });
    expect(past.rebateRate).toEqual({ value: 1.5, text: '1.5%', formula: '$30,000 ÷ $2,000,000 × 100 = 1.5%' });
  });

  it('says why a volume below the bands, or a program without bands, earns nothing', () => {
    const { outputs } = view({ ...reseller, volume: 100_000 });
    expect(outputs.rebate).toEqual({
      value: 0,
      text: '$0',
      formula: '$100,000 reaches no rebate band: no rebate',
    });
    expect(outputs.rebateRate).toEqual({ value: 0, text: '0%', formula: '$0 ÷ $100,000 × 100 = 0%' });
    expect(view({ ...reseller, volume: 0 }).outputs.rebateRate).toEqual({ value: 0, text: '0%', formula: '' });
    const noBands = view({ ...reseller, volume: 100_000 }, { registeredBonus: 5, rebates: [] }).outputs;
    expect(noBands.rebate).toEqual({ value: 0, text: '$0', formula: '$100,000 reaches no rebate band: no rebate' });
  });

  it('asks for the volume when it is left empty', () => {
    const { outputs } = view(reseller);
    expect(outputs.rebate).toEqual({ value: null, text: '—', formula: 'Enter the annual volume to see the rebate.' });
    expect(outputs.rebateRate).toEqual(none);
    expect(outputs.partnerProfit.value).toBe(20_000);
  });

  it('uses the program’s registered-deal bonus, and none on an unregistered deal', () => {
    const eight = view({ ...reseller, margin: 30 }, { ...rules, registeredBonus: 8 }).outputs;
    expect(eight.partnerProfit.formula).toBe('$50,000 × (30% + 8%) = $19,000');
    const unregistered = view({ ...reseller, margin: 40, registered: 0 }).outputs;
    expect(unregistered.partnerProfit.formula).toBe('$50,000 × 40% = $20,000');
  });

  it('shows no result for a model whose fields are bad, and nothing without a model', () => {
    const bad = commissionView('reseller', null, rules, usd);
    for (const name of commissionOutputs) expect(bad.outputs[name], name).toEqual(none);
    expect(bad.summary).toBe('Partner gross profit: —. Partner cost: —. Volume rebate: —. Effective rebate rate: —.');
    const noModel = commissionView(null, null, rules, usd);
    expect(noModel.outputs.commission).toEqual(none);
    expect(noModel.summary).toBe('');
  });
});

describe('rebateBandsText', () => {
  it('states each band with its rate, open bands as "above"', () => {
    expect(rebateBandsText(rules.rebates, usd)).toBe('2% from $250,000 to $500,000; 5% from $500,000 to $1,000,000');
    expect(rebateBandsText([{ from: 200_000, upTo: null, rate: 3.5 }], usd)).toBe('3.5% above $200,000');
  });
});
