import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { meetsRequirement, nextStepSentence, qualifyTier } from './model';
import type { TierLadder, TierRequirement } from '../../lib/tiers';
import { defaults, ladderOf } from '../../program/defaults';
import { parseProgram } from '../../program/load';

const core = defaults.tierPresets.core;
const detailed = defaults.tierPresets.detailed;
const input = (revenue: number, referrals: number, certified = 0, signed = true) => ({
  revenue,
  referrals,
  certified,
  signed,
});
const rank = (ladder: TierLadder, tier: string) => ['none', ...ladder.tiers.map((t) => t.id)].indexOf(tier);
const fiveTierFile = 'content/programs/five-tier.yaml';
const fiveTier = ladderOf(parseProgram(readFileSync(fiveTierFile, 'utf8'), fiveTierFile, '2026-11-29').program);
const dollars = (amount: number) => `$${amount.toLocaleString('en-US')}`;

describe('qualifyTier with the core preset (the seed table)', () => {
  it.each([
    // case, revenue, referrals, tier, next, revenueGap, referralGap, progress
    ['the URL example: 30,000 revenue, 3 referrals', 30_000, 3, 'silver', 'gold', 20_000, 17, 0.6],
    ['nothing yet', 0, 0, 'registered', 'silver', 10_000, 5, 0],
    ['one cent short of Silver', 9_999.99, 0, 'registered', 'silver', 0.01, 5, 0.999999],
    ['exactly the Silver revenue threshold', 10_000, 0, 'silver', 'gold', 40_000, 20, 0.2],
    ['Silver on referrals alone', 0, 5, 'silver', 'gold', 50_000, 15, 0.25],
    ['Gold on referrals alone: Platinum has no referral path', 0, 20, 'gold', 'platinum', 200_000, null, 0],
    ['Gold on revenue, half way to Platinum', 100_000, 0, 'gold', 'platinum', 100_000, null, 0.5],
    ['any number of referrals stops at Gold', 0, 1_000, 'gold', 'platinum', 200_000, null, 0],
    ['exactly the Platinum threshold', 200_000, 0, 'platinum', null, null, null, 1],
  ] as const)('%s', (_case, revenue, referrals, tier, next, revenueGap, referralGap, progress) => {
    const result = qualifyTier(input(revenue, referrals), core);
    expect(result.tier).toBe(tier);
    expect(result.next).toBe(next);
    if (revenueGap === null) expect(result.revenueGap).toBeNull();
    else expect(result.revenueGap).toBeCloseTo(revenueGap, 6);
    expect(result.referralGap).toBe(referralGap);
    expect(result.certifiedGap).toBeNull();
    expect(result.progress).toBeCloseTo(progress, 6);
  });

  it('gives no tier without a signed agreement, whatever the results', () => {
    expect(qualifyTier(input(1_000_000, 100, 10, false), core)).toEqual({
      tier: 'none',
      next: 'registered',
      revenueGap: null,
      referralGap: null,
      certifiedGap: null,
      progress: 0,
    });
  });
});

describe('qualifyTier with the detailed preset (certifications required)', () => {
  it.each([
    // case, revenue, referrals, certified, tier, next, gaps [revenue, referrals, certified], progress
    ['revenue met but no one certified', 30_000, 3, 0, 'registered', 'silver', [0, 2, 1], 0.5],
    ['Silver with one certified person', 30_000, 3, 1, 'silver', 'gold', [70_000, 17, 1], 0.4],
    ['Gold by referrals with two certified', 0, 20, 2, 'gold', 'platinum', [500_000, 30, 3], 0.4],
    ['Platinum revenue without enough certified people', 600_000, 0, 2, 'gold', 'platinum', [0, 50, 3], 0.7],
    ['Platinum', 500_000, 0, 5, 'platinum', null, [null, null, null], 1],
  ] as const)('%s', (_case, revenue, referrals, certified, tier, next, gaps, progress) => {
    const result = qualifyTier(input(revenue, referrals, certified), detailed);
    expect(result.tier).toBe(tier);
    expect(result.next).toBe(next);
    expect([result.revenueGap, result.referralGap, result.certifiedGap]).toEqual(gaps);
    expect(result.progress).toBeCloseTo(progress, 6);
  });
});

describe('meetsRequirement', () => {
  const requirement: TierRequirement = { revenue: 25_000, referrals: 5, certified: 1 };
  it.each([
    ['revenue path and certification', input(25_000, 0, 1), true],
    ['referral path and certification', input(0, 5, 1), true],
    ['a path without certification', input(25_000, 5, 0), false],
    ['certification without a path', input(24_999, 4, 3), false],
  ])('%s → %s', (_case, partner, met) => {
    expect(meetsRequirement(partner, requirement)).toBe(met);
  });

  it('never uses a path that does not exist', () => {
    expect(meetsRequirement(input(0, 1_000), { revenue: 200_000, referrals: null, certified: null })).toBe(false);
  });
});

describe('qualifyTier on a five-tier program with its own ids (content/programs/five-tier.yaml)', () => {
  it.each([
    // case, revenue, referrals, certified, tier, next, gaps [revenue, referrals, certified], progress
    ['signed, nothing yet', 0, 0, 0, 'member', 'bronze', [10_000, 3, 1], 0],
    ['Silver on revenue, heading for Gold', 50_000, 3, 1, 'silver', 'gold', [70_000, 22, 2], (50 / 120 + 1 / 3) / 2],
    ['Elite, the top tier', 400_000, 0, 6, 'elite', null, [null, null, null], 1],
  ] as const)('%s', (_case, revenue, referrals, certified, tier, next, gaps, progress) => {
    const result = qualifyTier(input(revenue, referrals, certified), fiveTier);
    expect(result.tier).toBe(tier);
    expect(result.next).toBe(next);
    expect([result.revenueGap, result.referralGap, result.certifiedGap]).toEqual(gaps);
    expect(result.progress).toBeCloseTo(progress, 6);
  });

  it('starts an unsigned partner at its own entry tier', () => {
    expect(qualifyTier(input(1_000_000, 100, 10, false), fiveTier).next).toBe('member');
  });
});

describe('nextStepSentence', () => {
  it.each([
    ['core Silver', core, input(30_000, 3), 'Silver. Gold needs $20,000 more revenue or 17 more referrals.'],
    ['core Gold', core, input(50_000, 0), 'Gold. Platinum needs $150,000 more revenue.'],
    [
      'detailed, path met but not certified',
      detailed,
      input(30_000, 3, 0),
      'Registered. Silver needs 1 more certified person; the revenue or referral requirement is already met.',
    ],
    [
      'detailed Silver',
      detailed,
      input(30_000, 3, 1),
      'Silver. Gold needs $70,000 more revenue or 17 more referrals, plus 1 more certified person.',
    ],
    ['one referral short', core, input(0, 4), 'Registered. Silver needs $10,000 more revenue or 1 more referral.'],
    ['the top tier', core, input(250_000, 0), 'Platinum: the top tier.'],
    [
      'unsigned',
      core,
      input(0, 0, 0, false),
      'No tier yet: signing the partner agreement makes the partner Registered.',
    ],
    ['five tiers, top', fiveTier, input(500_000, 0, 6), 'Elite: the top tier.'],
    [
      'five tiers, unsigned',
      fiveTier,
      input(0, 0, 0, false),
      'No tier yet: signing the partner agreement makes the partner Member.',
    ],
  ])('%s', (_case, ladder, values, sentence) => {
    expect(nextStepSentence(qualifyTier(values, ladder), ladder, dollars)).toBe(sentence);
  });
});

describe('qualifyTier properties', () => {
  const threshold = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
  const requirement = fc.record({ revenue: threshold, referrals: threshold, certified: threshold });
  // Our ladder, the core example, five tiers, or three to five tiers with made-up ids and any thresholds.
  const madeUp: fc.Arbitrary<TierLadder> = fc
    .array(requirement, { minLength: 2, maxLength: 4 })
    .map((requirements) => ({
      tiers: ['entry', ...requirements.map((_, index) => `level-${index + 1}`)].map((id) => ({
        id,
        name: id,
        unlocks: [],
      })),
      rules: Object.fromEntries(requirements.map((rule, index) => [`level-${index + 1}`, rule])),
    }));
  const anyRules: fc.Arbitrary<TierLadder> = fc.oneof(
    fc.constant(core),
    fc.constant(detailed),
    fc.constant(fiveTier),
    madeUp,
  );
  const partner = fc.record({
    revenue: fc.double({ min: 0, max: 1e9, noNaN: true }),
    referrals: fc.integer({ min: 0, max: 10_000 }),
    certified: fc.integer({ min: 0, max: 100 }),
    signed: fc.boolean(),
  });
  const increase = fc.record({
    revenue: fc.double({ min: 0, max: 1e9, noNaN: true }),
    referrals: fc.integer({ min: 0, max: 10_000 }),
    certified: fc.integer({ min: 0, max: 100 }),
  });

  it('never lowers the tier when revenue, referrals or certified people rise', () => {
    fc.assert(
      fc.property(anyRules, partner, increase, (rules, before, more) => {
        const after = {
          ...before,
          revenue: before.revenue + more.revenue,
          referrals: before.referrals + more.referrals,
          certified: before.certified + more.certified,
        };
        expect(rank(rules, qualifyTier(after, rules).tier)).toBeGreaterThanOrEqual(
          rank(rules, qualifyTier(before, rules).tier),
        );
      }),
    );
  });

  it('gives gaps that are null or finite and non-negative, and progress within 0 to 1', () => {
    fc.assert(
      fc.property(anyRules, partner, (rules, values) => {
        const result = qualifyTier(values, rules);
        for (const value of [result.revenueGap, result.referralGap, result.certifiedGap]) {
          if (value !== null) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
        }
        expect(result.progress).toBeGreaterThanOrEqual(0);
        expect(result.progress).toBeLessThanOrEqual(1);
        if (result.next !== null) expect(rank(rules, result.next)).toBe(rank(rules, result.tier) + 1);
      }),
    );
  });
});
