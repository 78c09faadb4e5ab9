import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
// 20% sourced, 40% influenced, 60% active, NPS 50, first deal in under 90 days.
import { testTargets as targets } from './fixtures';
import { healthExample as example, healthView } from './view';

const usd = (amount: number) => formatMoney(amount, 'USD');

describe('healthView', () => {
  it('judges the page example metric by metric, in words', () => {
    const { outputs, headline } = healthView(example, usd, targets);
    expect(headline).toBe('4 of 5 targets met.');
    expect(outputs['sourcedShare']).toEqual({ value: 25, text: '25%', formula: '$250,000 ÷ $1,000,000 × 100 = 25%' });
    expect(outputs['sourcedShareStatus']).toEqual({ value: 'met', text: '✓ Met', formula: '' });
    expect(outputs['influencedShare']?.value).toBe(35);
    expect(outputs['influencedShareStatus']).toEqual({ value: 'not-met', text: '✗ Not met', formula: '' });
    expect(outputs['activation']).toEqual({ value: 65, text: '65%', formula: '26 ÷ 40 × 100 = 65%' });
    expect(outputs['activationStatus']?.value).toBe('met');
    expect(outputs['revenuePerPartner']).toEqual({
      value: 9615.38,
      text: '$9,615.38',
      formula: '$250,000 ÷ 26 = $9,615.38',
    });
    expect(outputs['npsResult']?.text).toBe('52');
    expect(outputs['npsStatus']?.value).toBe('met');
    expect(outputs['daysResult']?.text).toBe('75 days');
    expect(outputs['daysStatus']?.value).toBe('met');
    expect(outputs).not.toHaveProperty('revenuePerPartnerStatus');
  });

  it.each([
    ['influenced revenue reaches 40%', { influenced: 400_000 }, 'influencedShareStatus', 'met', '5 of 5 targets met.'],
    ['90 days is not under 90', { days: 90 }, 'daysStatus', 'not-met', '3 of 5 targets met.'],
    ['sourced revenue falls to 15%', { sourced: 150_000 }, 'sourcedShareStatus', 'not-met', '3 of 5 targets met.'],
    [
      'sourced at 15% and influenced at 40%',
      { sourced: 150_000, influenced: 400_000 },
      'influencedShareStatus',
      'met',
      '4 of 5 targets met.',
    ],
  ])('%s', (_case, change, output, status, headline) => {
    const view = healthView({ ...example, ...change }, usd, targets);
    expect(view.outputs[output]?.value).toBe(status);
    expect(view.headline).toBe(headline);
  });

  const statusText = { met: '✓ Met', 'not-met': '✗ Not met' } as const;
  it.each([
    // 250,000 of 2,000,000 is 12.5%, short of the 20% target.
    [{ total: 2_000_000 }, 'sourcedShare', 12.5, '12.5%', '$250,000 ÷ $2,000,000 × 100 = 12.5%', 'not-met'],
    // 150,000 of 1,000,000 is 15%, short of the 20% target.
    [{ sourced: 150_000 }, 'sourcedShare', 15, '15%', '$150,000 ÷ $1,000,000 × 100 = 15%', 'not-met'],
    // 350,000 of 1,000,000 is 35% (the example), short of the 40% target.
    [{}, 'influencedShare', 35, '35%', '$350,000 ÷ $1,000,000 × 100 = 35%', 'not-met'],
    // 400,000 of 1,000,000 is 40%: the target itself is met.
    [{ influenced: 400_000 }, 'influencedShare', 40, '40%', '$400,000 ÷ $1,000,000 × 100 = 40%', 'met'],
    // 30 of 40 partners active is 75%, above the 60% target.
    [{ active: 30 }, 'activation', 75, '75%', '30 ÷ 40 × 100 = 75%', 'met'],
  ] as const)('with %o shows %s at %d, with its formula and status', (change, metric, value, text, formula, status) => {
    const { outputs } = healthView({ ...example, ...change }, usd, targets);
    expect(outputs[metric]).toEqual({ value, text, formula });
    expect(outputs[`${metric}Status`]).toEqual({ value: status, text: statusText[status], formula: '' });
  });

  it('rounds a share down, so one just short of its target never reads as the target', () => {
    const { outputs } = healthView({ total: 1_000_000, sourced: 199_999 }, usd, targets);
    expect(outputs['sourcedShare']?.text).toBe('19.99%');
    expect(outputs['sourcedShareStatus']?.value).toBe('not-met');
  });

  it('says why a metric has no value instead of dividing by zero', () => {
    const { outputs, messages, headline } = healthView({ total: 0, sourced: 0, partners: 0, active: 0 }, usd, targets);
    for (const name of ['sourcedShare', 'sourcedShareStatus', 'activation', 'revenuePerPartner']) {
      expect(outputs[name], name).toEqual({ value: null, text: '—', formula: '' });
    }
    expect(messages.sourcedShare).toMatch(/^Company revenue is 0/);
    expect(messages.activation).toMatch(/no partners in the program/);
    expect(messages.revenuePerPartner).toMatch(/^No partner is active/);
    expect(headline).toBe('No target can be judged yet: fill in the figures you have.');
  });
});
