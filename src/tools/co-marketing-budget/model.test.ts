import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { budgetRange, partnerBudget, planPortfolio, requestCents, within } from './model';
import { bases, multipliers, partner, worked } from './test-data';
import { defaults } from '../../program/defaults';

const tierIds = Object.keys(bases);
const { pipeline: pipelineRange, strategic: strategicRange } = multipliers;
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

  it('gives the range a base can reach under the ranges it is given', () => {
    expect(budgetRange(25_000, multipliers)).toEqual({ min: 10_000, max: 75_000 });
    const narrow = { pipeline: { min: 0.8, max: 1.25 }, strategic: { min: 1, max: 1.2 } };
    expect(budgetRange(10_000, narrow)).toEqual({ min: 8_000, max: 15_000 });
  });

  it('takes its ranges from the program file', () => {
    const file = parse(readFileSync('content/program.yaml', 'utf8'));
    expect(defaults.multipliers).toEqual(file.mdf.multipliers);
  });

  it.each([
    ['below the range', 0.3, 0.5],
    ['inside it', 1.2, 1.2],
    ['above it', 2.5, 2],
  ])('moves a value %s into the range', (_case, value, expected) => {
    expect(within(pipelineRange, value)).toBe(expected);
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
          const { min, max } = budgetRange(base, multipliers);
          expect(min).toBeCloseTo(base * 0.4, 6);
          expect(max).toBeCloseTo(base * 3, 6);
          expect(budget).toBeGreaterThanOrEqual(min);
          expect(budget).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

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

  it('asks each partner for its formula budget in whole cents', () => {
    // 5,000 × 0.7 × 0.9 = 3,150; 5,000 × 0.55 × 0.85 = 2,337.5; 333 × 1.111 × 1 = 369.963, so 36,996 cents.
    expect(requestCents(partner('A', 'silver', 0.7, 0.9), bases)).toBe(315_000);
    expect(requestCents(partner('B', 'silver', 0.55, 0.85), bases)).toBe(233_750);
    expect(requestCents(partner('C', 'silver', 1.111, 1), { silver: 333 })).toBe(36_996);
    expect(requestCents(partner('D', 'unknown', 2, 1.5), bases)).toBe(0);
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
