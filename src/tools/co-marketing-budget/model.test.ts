import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PORTFOLIO_ROWS,
  budgetRange,
  partnerBudget,
  pipelineRange,
  planPortfolio,
  strategicRange,
  type PortfolioPartner,
} from './model';
import { parsePortfolioCsv } from './csv-model';

// An allocation table for the worked examples; the program's own comes from content/program.yaml.
const bases = { registered: 0, silver: 5_000, gold: 25_000, platinum: 100_000 };
const tierIds = Object.keys(bases);
const tiers = tierIds.map((id) => ({ id, name: id, unlocks: [] }));
// Amounts in whole cents, as the forms accept them (a double such as 4e-323 is no amount of money).
const cents = fc.integer({ min: 0, max: 100_000_000_000 }).map((value) => value / 100);

describe('partnerBudget = base × pipeline × strategic', () => {
  it.each([
    ['Gold worked example', 25_000, 1.5, 1.2, 45_000],
    ['Silver at neutral multipliers', 5_000, 1, 1, 5_000],
    ['Registered has no base', 0, 2, 1.5, 0],
    ['Platinum at both maxima', 100_000, 2, 1.5, 300_000],
    ['Platinum at both minima', 100_000, 0.5, 0.8, 40_000],
    ['a base override', 30_000, 0.7, 0.9, 18_900],
  ])('%s: %d × %d × %d = %d', (_case, base, pipeline, strategic, budget) => {
    expect(partnerBudget({ base, pipeline, strategic })).toBeCloseTo(budget, 6);
  });

  it('gives the range a base can reach', () => {
    expect(budgetRange(25_000)).toEqual({ min: 10_000, max: 75_000 });
  });

  // Both bounds are computed in the same order as the budget, so rounding cannot put the budget a hair
  // outside them; budgetRange itself is checked above.
  it('always stays within base × 0.4 and base × 3', () => {
    fc.assert(
      fc.property(
        cents,
        fc.double({ min: pipelineRange.min, max: pipelineRange.max, noNaN: true }),
        fc.double({ min: strategicRange.min, max: strategicRange.max, noNaN: true }),
        (base, pipeline, strategic) => {
          const budget = partnerBudget({ base, pipeline, strategic });
          expect(Number.isFinite(budget)).toBe(true);
          const { min, max } = budgetRange(base);
          expect(min).toBeCloseTo(base * 0.4, 6);
          expect(max).toBeCloseTo(base * 3, 6);
          expect(budget).toBeGreaterThanOrEqual(min);
          expect(budget).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

const partner = (name: string, tier: PortfolioPartner['tier'], pipeline: number, strategic: number) => ({
  name,
  tier,
  pipeline,
  strategic,
});
const worked = [
  partner('Acme Analytics', 'gold', 1.5, 1.2),
  partner('Beacon Consulting', 'silver', 1, 1),
  partner('Corda Systems', 'platinum', 1.5, 1),
];

describe('planPortfolio', () => {
  it('scales every request by pool ÷ requested when requests exceed the pool (worked example)', () => {
    // 45,000 + 5,000 + 150,000 = 200,000 requested; 150,000 ÷ 200,000 = 0.75.
    expect(planPortfolio(worked, 150_000, bases)).toEqual({
      rows: [
        { requested: 45_000, allocated: 33_750 },
        { requested: 5_000, allocated: 3_750 },
        { requested: 150_000, allocated: 112_500 },
      ],
      requested: 200_000,
      allocated: 150_000,
      scale: 0.75,
    });
  });

  it.each([
    ['a pool larger than the requests', 250_000],
    ['a pool exactly equal to the requests', 200_000],
  ])('funds every request in full with %s', (_case, pool) => {
    const plan = planPortfolio(worked, pool, bases);
    expect(plan.scale).toBe(1);
    expect(plan.allocated).toBe(200_000);
    expect(plan.rows.map((row) => row.allocated)).toEqual([45_000, 5_000, 150_000]);
  });

  it('hands the cent lost to rounding to the largest remainder, first row on a tie', () => {
    const three = [partner('A', 'silver', 1, 1), partner('B', 'silver', 1, 1), partner('C', 'silver', 1, 1)];
    const plan = planPortfolio(three, 10_000, bases);
    expect(plan.rows.map((row) => row.allocated)).toEqual([3_333.34, 3_333.33, 3_333.33]);
    expect(plan.allocated).toBe(10_000);
    expect(plan.scale).toBeCloseTo(2 / 3, 12);
  });

  it('handles an empty portfolio and partners without a base', () => {
    expect(planPortfolio([], 1_000, bases)).toEqual({ rows: [], requested: 0, allocated: 0, scale: 1 });
    const registered = planPortfolio([partner('New', 'registered', 2, 1.5)], 1_000, bases);
    expect(registered.rows).toEqual([{ requested: 0, allocated: 0 }]);
    expect(registered.scale).toBe(1);
  });

  it('uses the base allocations it is given', () => {
    const plan = planPortfolio([partner('A', 'gold', 1, 1)], 1e6, { ...bases, gold: 30_000 });
    expect(plan.requested).toBe(30_000);
  });

  const partnerArbitrary = fc.record({
    name: fc.string({ maxLength: 10 }),
    tier: fc.constantFrom(...tierIds),
    pipeline: fc.double({ min: pipelineRange.min, max: pipelineRange.max, noNaN: true }),
    strategic: fc.double({ min: strategicRange.min, max: strategicRange.max, noNaN: true }),
  });
  const basesArbitrary = fc.record({ registered: cents, silver: cents, gold: cents, platinum: cents });

  it('never allocates more than the pool or more than a request, and keeps scale in (0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(partnerArbitrary, { maxLength: 30 }),
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        basesArbitrary,
        (partners, pool, baseAllocations) => {
          const plan = planPortfolio(partners, pool, baseAllocations);
          const allocatedCents = plan.rows.reduce((sum, row) => sum + Math.round(row.allocated * 100), 0);
          expect(allocatedCents).toBeLessThanOrEqual(Math.floor(pool * 100 + 1e-6));
          expect(plan.allocated).toBeLessThanOrEqual(pool);
          expect(plan.scale).toBeGreaterThan(0);
          expect(plan.scale).toBeLessThanOrEqual(1);
          for (const row of plan.rows) {
            expect(Number.isFinite(row.allocated)).toBe(true);
            expect(row.allocated).toBeGreaterThanOrEqual(0);
            expect(row.allocated).toBeLessThanOrEqual(row.requested);
          }
          if (plan.scale < 1) expect(allocatedCents).toBe(Math.floor(pool * 100 + 1e-6));
        },
      ),
    );
  });
});

describe('parsePortfolioCsv', () => {
  it('reads an exported file, ignoring the requested and allocated columns', () => {
    const text =
      'name,tier,pipeline,strategic,requested,allocated\r\n' +
      'Acme Analytics,gold,1.5,1.2,45000,33750\r\n' +
      '"Beacon, Consulting",Silver,1,1,5000,3750\r\n';
    expect(parsePortfolioCsv(text, tiers)).toEqual({
      ok: true,
      partners: [partner('Acme Analytics', 'gold', 1.5, 1.2), partner('Beacon, Consulting', 'silver', 1, 1)],
    });
  });

  it('accepts the columns in any order and case', () => {
    expect(parsePortfolioCsv('Strategic,Pipeline,Tier,Name\n1.2,1.5,gold,Acme\n', tiers)).toEqual({
      ok: true,
      partners: [partner('Acme', 'gold', 1.5, 1.2)],
    });
  });

  it.each([
    ['an empty file', '', 'The file is empty: it needs a header row and one row per partner.'],
    ['a header without partners', 'name,tier,pipeline,strategic\n', 'The file has a header row but no partners.'],
    [
      'a missing column',
      'name,tier,pipeline\nAcme,gold,1.5\n',
      'Line 1: the header row must name the columns name, tier, pipeline and strategic; strategic is missing.',
    ],
    [
      'an unknown tier',
      'name,tier,pipeline,strategic\nAcme,gold,1.5,1.2\nBeta,bronze,1,1\n',
      'Line 3: tier must be one of registered, silver, gold, platinum.',
    ],
    [
      'a pipeline out of range',
      'name,tier,pipeline,strategic\nAcme,gold,2.5,1.2\n',
      'Line 2: pipeline: Enter a number from 0.5 to 2.',
    ],
    [
      'a strategic value that is not a number',
      'name,tier,pipeline,strategic\n\nAcme,gold,1.5,high\n',
      'Line 3: strategic: Enter a number from 0.8 to 1.5, using digits only (such as 1,250.50).',
    ],
    [
      'a short row',
      'name,tier,pipeline,strategic\nAcme,gold\n',
      'Line 2: expected 4 values separated by commas, found 2.',
    ],
    ['an unclosed quote', 'name,tier,pipeline,strategic\n"Acme,gold,1,1\n', 'Line 2: a quoted value is never closed.'],
  ])('rejects %s and names the line', (_case, text, message) => {
    expect(parsePortfolioCsv(text, tiers)).toEqual({ ok: false, message });
  });

  it('rejects more rows than the planner takes', () => {
    const rows = Array.from({ length: MAX_PORTFOLIO_ROWS + 1 }, (_, i) => `P${i},silver,1,1`).join('\n');
    const result = parsePortfolioCsv(`name,tier,pipeline,strategic\n${rows}`, tiers);
    expect(result).toEqual({ ok: false, message: `The file lists 201 partners; the planner takes at most 200.` });
  });
});
