import { describe, expect, it } from 'vitest';
import { tierEconomics, type EconomicsInput } from './economics';

/**
 * A small program, unlike the default, with every expected figure worked out by hand below:
 * Bronze sits exactly on the cost-share guardrail, Gold pays more commission than margin and
 * breaks the guardrail, Silver has only a referral path and so has no revenue to price.
 */
const fixture: EconomicsInput = {
  tiers: [
    { id: 'entry', name: 'Entry' },
    { id: 'bronze', name: 'Bronze', requires: { revenue: 20000 } },
    { id: 'silver', name: 'Silver', requires: {} },
    { id: 'gold', name: 'Gold', requires: { revenue: 200000 } },
  ],
  commission: { referral: { entry: 5, bronze: 10, silver: 20, gold: 30 } },
  resale: { margin: { entry: 10, bronze: 20, silver: 22, gold: 25 } },
  mdf: { allocation: { entry: 0, bronze: 1000, silver: 5000, gold: 20000 } },
  costToServe: { entry: 100, bronze: 3000, silver: 8000, gold: 30000 },
  guardrails: { maxCostShare: 40, minContribution: 10000 },
};

describe('tierEconomics', () => {
  const rows = tierEconomics(fixture);

  it('prices each earned tier with a revenue threshold, and skips the entry tier and referral-only tiers', () => {
    expect(rows.map((row) => row.id)).toEqual(['bronze', 'gold']);
  });

  it.each([
    // Bronze: 10% of 20,000 = 2,000 commission; 20% = 4,000 margin (the larger);
    // 4,000 + 1,000 MDF + 3,000 to serve = 8,000 = 40% of 20,000; 20,000 − 8,000 = 12,000 left.
    [
      'bronze',
      {
        revenue: 20000,
        commission: 2000,
        margin: 4000,
        worstCasePayout: 4000,
        mdf: 1000,
        costToServe: 3000,
        totalCost: 8000,
        costShare: 40,
        contribution: 12000,
        withinMaxCostShare: true,
        meetsMinContribution: true,
      },
    ],
    // Gold: 30% of 200,000 = 60,000 commission (the larger); 25% = 50,000 margin;
    // 60,000 + 20,000 + 30,000 = 110,000 = 55% of 200,000, above the 40% guardrail; 90,000 left.
    [
      'gold',
      {
        revenue: 200000,
        commission: 60000,
        margin: 50000,
        worstCasePayout: 60000,
        mdf: 20000,
        costToServe: 30000,
        totalCost: 110000,
        costShare: 55,
        contribution: 90000,
        withinMaxCostShare: false,
        meetsMinContribution: true,
      },
    ],
  ])('%s at its threshold', (id, expected) => {
    const row = rows.find((r) => r.id === id)!;
    const { costShare, ...exact } = expected;
    expect(row).toMatchObject(exact);
    expect(row.costShare).toBeCloseTo(costShare, 10);
  });

  it('fails the contribution guardrail when too little revenue is left, and passes exactly at it', () => {
    // Bronze keeps 12,000: a floor of 12,000 passes, a floor of 12,001 fails.
    const at = tierEconomics({ ...fixture, guardrails: { maxCostShare: 40, minContribution: 12000 } });
    const above = tierEconomics({ ...fixture, guardrails: { maxCostShare: 40, minContribution: 12001 } });
    expect(at[0]!.meetsMinContribution).toBe(true);
    expect(above[0]!.meetsMinContribution).toBe(false);
  });

  it('treats a zero threshold with costs as wholly uncovered', () => {
    const free = tierEconomics({
      ...fixture,
      tiers: [fixture.tiers[0]!, { id: 'bronze', name: 'Bronze', requires: { revenue: 0 } }],
    });
    // Nothing to commission or margin; 1,000 MDF + 3,000 to serve = 4,000 against no revenue.
    expect(free[0]).toMatchObject({
      totalCost: 4000,
      contribution: -4000,
      costShare: Infinity,
      withinMaxCostShare: false,
      meetsMinContribution: false,
    });
  });
});
