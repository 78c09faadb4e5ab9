import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import type { ClawbackBand } from '../../lib/clawback';
import { clawbackRuleText, clawbackView } from './clawback-view';

// Bands written out here, not read from content/program.yaml; every expected string is worked out by hand.
const bands: ClawbackBand[] = [
  { beforeDay: 30, share: 100 },
  { beforeDay: 90, share: 50 },
  { beforeDay: 181, share: 50, proRata: true },
];
const usd = (amount: number) => formatMoney(amount, 'USD');

describe('clawbackView', () => {
  it.each([
    [10, 4_800, 'Day 0 to day 29 after signing: 100%. $4,800 × 100% = $4,800'],
    [45, 2_400, 'Day 30 to day 89 after signing: 50%. $4,800 × 50% = $2,400'],
    [
      120,
      1_600,
      'Day 90 to day 180 after signing: 50% on day 90, falling in a straight line to nothing by day 180. ' +
        '$4,800 × 50% × (180 − 120) ÷ 90 = $1,600',
    ],
    [200, 0, 'From day 181 after signing: nothing. $4,800 × 0% = $0'],
  ])('day %d: %d comes back, with the band it falls in', (day, amount, formula) => {
    expect(clawbackView({ commission: 4_800, day }, bands, usd).clawback).toEqual({
      value: amount,
      text: usd(amount),
      formula,
    });
  });

  it('words other bands from the bands themselves', () => {
    const other = [
      { beforeDay: 60, share: 80, proRata: true },
      { beforeDay: 120, share: 25 },
    ];
    // Day 29 of a band from day 0 to day 59: 80% × (59 − 29) ÷ 59 of 1,000 = 406.78.
    expect(clawbackView({ commission: 1_000, day: 29 }, other, usd).clawback.formula).toBe(
      'Day 0 to day 59 after signing: 80% on day 0, falling in a straight line to nothing by day 59. ' +
        '$1,000 × 80% × (59 − 29) ÷ 59 = $406.78',
    );
    expect(clawbackView({ commission: 1_000, day: 119 }, other, usd).clawback.formula).toBe(
      'Day 60 to day 119 after signing: 25%. $1,000 × 25% = $250',
    );
  });

  it('shows no result without valid fields', () => {
    expect(clawbackView(null, bands, usd).clawback).toEqual({ value: null, text: '—', formula: '' });
  });
});

describe('clawback rule in words', () => {
  it('states every band, then the day from which nothing comes back', () => {
    expect(clawbackRuleText(bands)).toBe(
      'Day 0 to day 29 after signing: 100%. Day 30 to day 89 after signing: 50%. ' +
        'Day 90 to day 180 after signing: 50% on day 90, falling in a straight line to nothing by day 180. ' +
        'From day 181 after signing: nothing.',
    );
  });
});
