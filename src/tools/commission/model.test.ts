import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bracketIndexFor,
  clawback,
  influencedCommission,
  recurringCommission,
  referralCommission,
  resellerEconomics,
  tieredCommission,
  validateClawback,
  validateInfluenced,
  validateRecurring,
  validateReferral,
  validateReseller,
  volumeRebate,
  type Bracket,
  type RebateBand,
  type ResellerRules,
  type TieredMethod,
} from './model';
import type { ClawbackBand } from '../../lib/clawback';
import { bracketOrderProblems, formatBrackets, parseBrackets, validateBrackets } from './brackets-model';
import { chartMaxVolume, tieredChartPoints } from './chart-view';
import { MAX_MONEY } from '../../calculator/limits';

// Rules written out here, not read from content/program.yaml: a company that edits its program
// changes what the tool starts with, not what these formulas must give.
const defaultBrackets: Bracket[] = [
  { upTo: 100_000, rate: 20 },
  { upTo: 250_000, rate: 25 },
  { upTo: null, rate: 30 },
];
const rebateBands: RebateBand[] = [
  { from: 250_000, upTo: 500_000, rate: 2 },
  { from: 500_000, upTo: 1_000_000, rate: 5 },
];
const resellerRules: ResellerRules = { registeredBonus: 5, rebates: rebateBands };
const clawbackBands: ClawbackBand[] = [
  { beforeDay: 30, share: 100 },
  { beforeDay: 90, share: 50 },
  { beforeDay: 181, share: 50, proRata: true },
];

/** Any double, including NaN, ±Infinity and -0, mixed with plausible values so validation passes often. */
const anyNumber = (min: number, max: number) =>
  fc.oneof(
    fc.double(),
    fc.double({ min, max, noNaN: true }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  );
const money = anyNumber(-10, MAX_MONEY * 1.1);
const percent = anyNumber(-10, 110);
const finiteAndNotNegative = (value: number) => Number.isFinite(value) && value >= 0 && !Object.is(value, -0);

/** A valid bracket list: rising upper limits, rates that never fall, open top bracket. */
const brackets = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 0, maxLength: 9 }),
    // Rates with up to two decimals, as people write them; a list of ten stays under 200 characters.
    fc.array(
      fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100),
      { minLength: 10, maxLength: 10 },
    ),
  )
  .map(([edges, rates]): Bracket[] => {
    const sortedEdges = [...edges].sort((a, b) => a - b);
    const sortedRates = rates.slice(0, sortedEdges.length + 1).sort((a, b) => a - b);
    return sortedRates.map((rate, i) => ({ upTo: sortedEdges[i] ?? null, rate }));
  });

describe('referral', () => {
  it.each([
    ['24,000 at 20%', 24_000, 20, 4_800],
    ['the referral range low end: 24,000 at 10%', 24_000, 10, 2_400],
    ['zero deal', 0, 20, 0],
    ['zero rate', 24_000, 0, 0],
    ['the whole deal at 100%', 24_000, 100, 24_000],
    ['exact cents: 1,234.56 at 12.5%', 1_234.56, 12.5, 154.32],
    ['rounds to the cent: 99.99 at 33% is 32.9967', 99.99, 33, 33],
  ])('%s → %d', (_name, deal, rate, commission) => {
    expect(validateReferral({ deal, rate })).toEqual({});
    expect(referralCommission({ deal, rate }).commission).toBeCloseTo(commission, 2);
  });

  it.each([
    ['negative deal', -1, 20, 'deal'],
    ['deal over a trillion', MAX_MONEY + 1, 20, 'deal'],
    ['rate over 100', 24_000, 100.5, 'rate'],
    ['negative rate', 24_000, -5, 'rate'],
    ['NaN deal', Number.NaN, 20, 'deal'],
    ['infinite rate', 24_000, Number.POSITIVE_INFINITY, 'rate'],
  ])('rejects %s', (_name, deal, rate, field) => {
    const errors = validateReferral({ deal, rate });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as 'deal' | 'rate']).toMatch(/^Enter a number from /);
  });
});

describe('recurring', () => {
  it.each([
    ['15% of 24,000 for 24 months', 24_000, 15, 24, 7_200, 3_600],
    ['exactly one year', 24_000, 15, 12, 3_600, 3_600],
    ['half a year: first year is the whole period', 24_000, 15, 6, 1_800, 1_800],
    ['three years', 10_000, 20, 36, 6_000, 2_000],
    ['a single month', 12_000, 10, 1, 100, 100],
    ['ten years, the longest period', 12_000, 10, 120, 12_000, 1_200],
    ['rounds to the cent: 1,000 at 7% for 5 months is 29.1666…', 1_000, 7, 5, 29.17, 29.17],
  ])('%s', (_name, deal, rate, months, commission, firstYear) => {
    expect(validateRecurring({ deal, rate, months })).toEqual({});
    const result = recurringCommission({ deal, rate, months });
    expect(result.commission).toBeCloseTo(commission, 2);
    expect(result.firstYear).toBeCloseTo(firstYear, 2);
  });

  it.each([
    ['no months', 0],
    ['more than ten years', 121],
    ['part of a month', 1.5],
  ])('rejects %s', (_name, months) => {
    expect(validateRecurring({ deal: 24_000, rate: 15, months }).months).toBe('Enter a whole number from 1 to 120.');
  });

  it('never pays more in the first year than over the whole period, and never NaN or negative', () => {
    fc.assert(
      fc.property(money, percent, anyNumber(-2, 130), (deal, rate, months) => {
        fc.pre(Object.keys(validateRecurring({ deal, rate, months })).length === 0);
        const { commission, firstYear } = recurringCommission({ deal, rate, months });
        expect(finiteAndNotNegative(commission)).toBe(true);
        expect(finiteAndNotNegative(firstYear)).toBe(true);
        expect(firstYear).toBeLessThanOrEqual(commission);
      }),
    );
  });
});

describe('tiered', () => {
  it('400,000 marginal pays 20,000 + 37,500 + 45,000 = 102,500', () => {
    const result = tieredCommission({ volume: 400_000, brackets: defaultBrackets, method: 'marginal' });
    expect(result.commission).toBe(102_500);
    expect(result.bracketIndex).toBe(2);
    expect(result.slices).toEqual([
      { from: 0, to: 100_000, rate: 20, amount: 20_000 },
      { from: 100_000, to: 250_000, rate: 25, amount: 37_500 },
      { from: 250_000, to: 400_000, rate: 30, amount: 45_000 },
    ]);
  });

  it.each<[string, number, TieredMethod, number]>([
    ['400,000 whole volume at 30%', 400_000, 'whole', 120_000],
    ['nothing sold', 0, 'marginal', 0],
    ['nothing sold, whole', 0, 'whole', 0],
    ['inside the first bracket', 50_000, 'marginal', 10_000],
    ['inside the first bracket, whole', 50_000, 'whole', 10_000],
    ['exactly at the first edge: the edge belongs to the lower bracket', 100_000, 'marginal', 20_000],
    ['exactly at the first edge, whole', 100_000, 'whole', 20_000],
    ['one past the first edge', 100_001, 'marginal', 20_000.25],
    ['one past the first edge, whole: all of it at 25%', 100_001, 'whole', 25_000.25],
    ['exactly at the second edge', 250_000, 'marginal', 57_500],
    ['exactly at the second edge, whole', 250_000, 'whole', 62_500],
    ['a million', 1_000_000, 'marginal', 282_500],
  ])('%s', (_name, volume, method, commission) => {
    expect(tieredCommission({ volume, brackets: defaultBrackets, method }).commission).toBeCloseTo(commission, 2);
  });

  it.each([
    [0, 0],
    [100_000, 0],
    [100_000.01, 1],
    [250_000, 1],
    [250_001, 2],
  ])('volume %d falls in bracket %d', (volume, index) => {
    expect(bracketIndexFor(volume, defaultBrackets)).toBe(index);
  });

  it('a single open bracket pays one flat rate either way', () => {
    const flat = [{ upTo: null, rate: 10 }];
    expect(tieredCommission({ volume: 1_000_000, brackets: flat, method: 'marginal' }).commission).toBe(100_000);
    expect(tieredCommission({ volume: 1_000_000, brackets: flat, method: 'whole' }).commission).toBe(100_000);
  });

  it('marginal commission never exceeds whole-volume commission, and neither is NaN or negative', () => {
    fc.assert(
      fc.property(brackets, fc.double({ min: 0, max: MAX_MONEY, noNaN: true }), (list, volume) => {
        expect(validateBrackets(list)).toEqual([]);
        const marginal = tieredCommission({ volume, brackets: list, method: 'marginal' }).commission;
        const whole = tieredCommission({ volume, brackets: list, method: 'whole' }).commission;
        expect(finiteAndNotNegative(marginal)).toBe(true);
        expect(finiteAndNotNegative(whole)).toBe(true);
        expect(marginal).toBeLessThanOrEqual(whole);
      }),
    );
  });

  it('marginal commission never falls as volume rises', () => {
    fc.assert(
      fc.property(
        brackets,
        fc.double({ min: 0, max: MAX_MONEY, noNaN: true }),
        fc.double({ min: 0, max: MAX_MONEY, noNaN: true }),
        (list, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const at = (volume: number) => tieredCommission({ volume, brackets: list, method: 'marginal' }).commission;
          expect(at(low)).toBeLessThanOrEqual(at(high));
        },
      ),
    );
  });
});

describe('bracket lists', () => {
  it.each([
    ['the default list', '100000:20,250000:25,30', defaultBrackets],
    ['spaces after commas', '100000:20, 250000:25, 30', defaultBrackets],
    ['one flat rate', '30', [{ upTo: null, rate: 30 }]],
    [
      'decimals',
      '50000.5:12.5,15',
      [
        { upTo: 50_000.5, rate: 12.5 },
        { upTo: null, rate: 15 },
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(parseBrackets(text)).toEqual({ ok: true, brackets: expected });
  });

  it.each([
    ['an empty list', '', /at least one bracket/],
    ['an upper limit on the top bracket', '100000:20,250000:25', /open-ended/],
    [
      'limits out of order',
      '250000:20,100000:25,30',
      /Bracket 2: Enter a limit above 250,000, the limit of bracket 1\./,
    ],
    ['a falling rate', '100000:30,250000:25,30', /Bracket 2: Enter a rate of at least 30%/],
    ['a rate over 100', '100000:120,130', /rate from 0 to 100/],
    ['letters', '100000:20,abc', /Bracket 2 \("abc"\)/],
    ['a script payload', '<script>alert(1)</script>', /Bracket 1/],
    ['a negative limit', '-5:20,30', /Bracket 1/],
    ['a zero limit', '0:20,30', /above 0/],
    ['more than ten brackets', '1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,10:10,11', /at most 10/],
    ['an over-long list', `${'1'.repeat(201)}`, /longer than 200/],
  ])('rejects %s', (_name, text, message) => {
    const result = parseBrackets(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('writes the default list the way the URL spells it', () => {
    expect(formatBrackets(defaultBrackets)).toBe('100000:20,250000:25,30');
  });

  it('reads back every valid list it writes', () => {
    fc.assert(
      fc.property(brackets, (list) => {
        expect(formatBrackets(list).length).toBeLessThanOrEqual(200);
        expect(parseBrackets(formatBrackets(list))).toEqual({ ok: true, brackets: list });
      }),
    );
  });
});

describe('bracket order problems', () => {
  it('names the field at fault in each bracket, for the bracket editor to flag', () => {
    expect(
      bracketOrderProblems([
        { upTo: 100_000, rate: 25 },
        { upTo: 100_000, rate: 20 },
        { upTo: null, rate: 30 },
      ]),
    ).toEqual([
      { index: 1, field: 'upTo', message: 'Enter a limit above 100,000, the limit of bracket 1.' },
      { index: 1, field: 'rate', message: 'Enter a rate of at least 25%: a higher bracket never pays less.' },
    ]);
    expect(bracketOrderProblems(defaultBrackets)).toEqual([]);
  });
});

describe('commission-vs-volume chart', () => {
  it('marginal bends at each edge', () => {
    expect(tieredChartPoints(defaultBrackets, 'marginal', 500_000)).toEqual([
      { volume: 0, commission: 0 },
      { volume: 100_000, commission: 20_000 },
      { volume: 250_000, commission: 57_500 },
      { volume: 500_000, commission: 132_500 },
    ]);
  });

  it('whole volume jumps at each edge', () => {
    expect(tieredChartPoints(defaultBrackets, 'whole', 500_000)).toEqual([
      { volume: 0, commission: 0 },
      { volume: 100_000, commission: 20_000 },
      { volume: 100_000, commission: 25_000 },
      { volume: 250_000, commission: 62_500 },
      { volume: 250_000, commission: 75_000 },
      { volume: 500_000, commission: 150_000 },
    ]);
  });

  it('leaves out edges beyond the right end', () => {
    expect(tieredChartPoints(defaultBrackets, 'marginal', 200_000).map((p) => p.volume)).toEqual([0, 100_000, 200_000]);
  });

  it.each([
    ['the page’s example volume', 400_000, 500_000],
    ['no volume: the edges set the width', 0, 500_000],
    ['a large volume', 2_000_000, 2_500_000],
    ['a volume of 1,000,000 exactly', 1_000_000, 2_000_000],
  ])('%s: %d is drawn to %d', (_name, volume, max) => {
    expect(chartMaxVolume(volume, defaultBrackets)).toBe(max);
  });

  it('every corner lies on the marginal commission line, and the chart covers the volume', () => {
    fc.assert(
      fc.property(brackets, fc.double({ min: 0, max: MAX_MONEY, noNaN: true }), (list, volume) => {
        const max = chartMaxVolume(volume, list);
        expect(max).toBeGreaterThanOrEqual(volume);
        for (const point of tieredChartPoints(list, 'marginal', max)) {
          expect(point.commission).toBe(
            tieredCommission({ volume: point.volume, brackets: list, method: 'marginal' }).commission,
          );
        }
      }),
    );
  });
});

describe('influenced', () => {
  it.each([
    ['100,000 at 25% with a 50% share', 100_000, 25, 50, 12_500, 12.5],
    ['a full share is the sourced commission', 100_000, 25, 100, 25_000, 25],
    ['no share', 100_000, 25, 0, 0, 0],
    ['rounds to the cent: 999.99 at 15% with a 33% share', 999.99, 15, 33, 49.5, 4.95],
  ])('%s', (_name, deal, rate, share, commission, influencedRate) => {
    expect(validateInfluenced({ deal, rate, share })).toEqual({});
    const result = influencedCommission({ deal, rate, share });
    expect(result.commission).toBeCloseTo(commission, 2);
    expect(result.influencedRate).toBeCloseTo(influencedRate, 10);
  });

  it('never pays more than a sourced deal, and never NaN or negative', () => {
    fc.assert(
      fc.property(money, percent, percent, (deal, rate, share) => {
        fc.pre(Object.keys(validateInfluenced({ deal, rate, share })).length === 0);
        const { commission } = influencedCommission({ deal, rate, share });
        expect(finiteAndNotNegative(commission)).toBe(true);
        expect(commission).toBeLessThanOrEqual(referralCommission({ deal, rate }).commission);
      }),
    );
  });
});

describe('reseller', () => {
  it('a 35% margin on a registered deal reproduces the 40% worked example', () => {
    const margin = 35;
    expect(resellerEconomics({ list: 50_000, margin, registered: 1 }, resellerRules)).toMatchObject({
      effectiveMargin: 40,
      partnerCost: 30_000,
      partnerProfit: 20_000,
    });
  });

  it.each([
    ['list 50,000, 35% + 5 registered', 50_000, 35, 1, 40, 30_000, 20_000],
    ['the same deal at 40% unregistered', 50_000, 40, 0, 40, 30_000, 20_000],
    ['standard margin, unregistered', 10_000, 25, 0, 25, 7_500, 2_500],
    ['the highest margin a registered deal allows', 10_000, 95, 1, 100, 0, 10_000],
    ['no margin', 10_000, 0, 0, 0, 10_000, 0],
    ['rounds to the cent: 999.99 at 33% is 329.9967', 999.99, 33, 0, 33, 669.99, 330],
  ])('%s', (_name, list, margin, registered, effectiveMargin, partnerCost, partnerProfit) => {
    expect(validateReseller({ list, margin, registered }, 5)).toEqual({});
    const result = resellerEconomics({ list, margin, registered }, resellerRules);
    expect(result.effectiveMargin).toBe(effectiveMargin);
    expect(result.partnerCost).toBeCloseTo(partnerCost, 2);
    expect(result.partnerProfit).toBeCloseTo(partnerProfit, 2);
    expect(result.rebate).toBeNull();
  });

  it('adds the registered-deal bonus the program gives, whatever it is', () => {
    const rules = { registeredBonus: 8, rebates: [] };
    // 10,000 × (30% + 8%) = 3,800 profit; 10,000 − 3,800 = 6,200 cost.
    expect(resellerEconomics({ list: 10_000, margin: 30, registered: 1 }, rules)).toMatchObject({
      effectiveMargin: 38,
      partnerProfit: 3_800,
      partnerCost: 6_200,
    });
    expect(resellerEconomics({ list: 10_000, margin: 30, registered: 0 }, rules).effectiveMargin).toBe(30);
  });

  it.each([
    ['a margin that passes 100% with the registered points', { margin: 96, registered: 1 }, 5, 'margin', /at most 95/],
    ['the same with a 10-point bonus', { margin: 91, registered: 1 }, 10, 'margin', /With 10 points .* at most 90\./],
    ['registered other than 0 or 1', { margin: 30, registered: 2 }, 5, 'registered', /whole number from 0 to 1/],
    ['registered as a fraction', { margin: 30, registered: 0.5 }, 5, 'registered', /whole number/],
    ['a negative volume', { margin: 30, registered: 0, volume: -1 }, 5, 'volume', /from 0 to/],
  ])('rejects %s', (_name, fields, bonus, field, message) => {
    const errors = validateReseller({ list: 1_000, ...fields }, bonus);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('cost and profit always add up to list, never NaN or negative', () => {
    fc.assert(
      fc.property(
        money,
        percent,
        anyNumber(-1, 2),
        fc.option(money, { nil: undefined }),
        (list, margin, registered, volume) => {
          fc.pre(Object.keys(validateReseller({ list, margin, registered, volume }, 5)).length === 0);
          const result = resellerEconomics({ list, margin, registered, volume }, resellerRules);
          expect(finiteAndNotNegative(result.partnerCost)).toBe(true);
          expect(finiteAndNotNegative(result.partnerProfit)).toBe(true);
          expect(result.partnerCost + result.partnerProfit).toBeCloseTo(list, 1);
          expect(result.rebate === null).toBe(volume === undefined);
        },
      ),
    );
  });
});

describe('volume rebates', () => {
  // Marginal: each band's rate on the volume inside the band (2% on 250,000–500,000, 5% on 500,000–1,000,000).
  it.each([
    ['no volume', 0, 0, 0],
    ['below the first band', 249_999.99, 0, 0],
    ['exactly where the first band starts', 250_000, 0, 0],
    ['50,000 inside the first band: 50,000 × 2%', 300_000, 1_000, (1_000 / 300_000) * 100],
    ['the whole first band: 250,000 × 2%', 500_000, 5_000, 1],
    ['250,000 × 2% + 250,000 × 5%', 750_000, 17_500, (17_500 / 750_000) * 100],
    ['both bands full: 5,000 + 500,000 × 5%', 1_000_000, 30_000, 3],
    ['past the last band, which ends at 1,000,000: nothing more', 2_000_000, 30_000, 1.5],
  ])('%s: %d earns %d', (_name, volume, rebate, effectiveRate) => {
    const result = volumeRebate(volume, rebateBands);
    expect(result.rebate).toBeCloseTo(rebate, 2);
    expect(result.effectiveRate).toBeCloseTo(effectiveRate, 10);
    expect(resellerEconomics({ list: 1_000, margin: 25, registered: 0, volume }, resellerRules).rebate).toEqual(result);
  });

  it('lists the part of the volume in each band it reaches', () => {
    expect(volumeRebate(750_000, rebateBands).slices).toEqual([
      { volume: 250_000, rate: 2, amount: 5_000 },
      { volume: 250_000, rate: 5, amount: 12_500 },
    ]);
    expect(volumeRebate(100_000, rebateBands).slices).toEqual([]);
  });

  it('pays an open top band on everything above its start, and nothing in a gap between bands', () => {
    const bands = [
      { from: 0, upTo: 100_000, rate: 1 },
      { from: 200_000, upTo: null, rate: 3 },
    ];
    // 100,000 × 1% = 1,000; nothing from 100,000 to 200,000; then 3% above 200,000: 200,000 × 3% = 6,000 at 400,000.
    expect(volumeRebate(150_000, bands).rebate).toBe(1_000);
    expect(volumeRebate(400_000, bands).rebate).toBe(1_000 + 6_000);
    expect(volumeRebate(400_000, []).rebate).toBe(0);
  });

  it('never falls as volume rises, never passes the top rate, never NaN or negative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_MONEY, noNaN: true }),
        fc.double({ min: 0, max: MAX_MONEY, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const first = volumeRebate(low, rebateBands);
          const second = volumeRebate(high, rebateBands);
          expect(finiteAndNotNegative(first.rebate)).toBe(true);
          expect(first.rebate).toBeLessThanOrEqual(second.rebate);
          expect(second.effectiveRate).toBeLessThanOrEqual(5 + 1e-9);
        },
      ),
    );
  });
});

describe('clawback', () => {
  it.each([
    [1_000, 10, 1_000],
    [1_000, 60, 500],
    [1_000, 120, 333.33],
    [1_000, 135, 250],
    [1_000, 200, 0],
    [4_800, 45, 2_400],
    [4_800, 120, 1_600],
  ])('%d clawed back on day %d: %d', (commission, day, amount) => {
    expect(clawback({ commission, day }, clawbackBands).clawback).toBeCloseTo(amount, 2);
  });

  it.each([
    ['a negative day', -1],
    ['a fraction of a day', 10.5],
    ['past ten years', 3651],
  ])('rejects %s', (_name, day) => {
    expect(validateClawback({ commission: 1_000, day }).day).toBe('Enter a whole number from 0 to 3,650.');
  });

  it('never exceeds the commission, never rises with the day, never NaN or negative', () => {
    fc.assert(
      fc.property(money, anyNumber(-5, 4000), anyNumber(-5, 4000), (commission, dayA, dayB) => {
        fc.pre(Object.keys(validateClawback({ commission, day: dayA })).length === 0);
        fc.pre(Object.keys(validateClawback({ commission, day: dayB })).length === 0);
        const [early, late] = dayA <= dayB ? [dayA, dayB] : [dayB, dayA];
        const first = clawback({ commission, day: early }, clawbackBands).clawback;
        const second = clawback({ commission, day: late }, clawbackBands).clawback;
        expect(finiteAndNotNegative(first)).toBe(true);
        expect(first).toBeLessThanOrEqual(commission);
        expect(second).toBeLessThanOrEqual(first);
      }),
    );
  });
});

describe('every model', () => {
  it('gives no NaN, Infinity or negative amount for any input validation accepts', () => {
    fc.assert(
      fc.property(money, percent, percent, (deal, rate, share) => {
        if (Object.keys(validateReferral({ deal, rate })).length === 0) {
          expect(finiteAndNotNegative(referralCommission({ deal, rate }).commission)).toBe(true);
        }
        if (Object.keys(validateInfluenced({ deal, rate, share })).length === 0) {
          expect(finiteAndNotNegative(influencedCommission({ deal, rate, share }).influencedRate)).toBe(true);
        }
      }),
    );
  });
});
