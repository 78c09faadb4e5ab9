import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceilDivide,
  partialPlan,
  planFromProgram,
  planLimits,
  paybackMonth,
  planLink,
  programPlan,
  rampMonths,
  validatePlan,
  type PlanInput,
} from './model';
import { exampleWithout, planExample, planExampleWithDirect } from './fixtures';

/** The worked example from the planning issue (worked by hand in ./fixtures.ts). */
const example = planExample;

describe('programPlan', () => {
  it('works the issue example through the chain', () => {
    const result = programPlan(example);
    expect(result).toMatchObject({
      sourced: 2_500_000,
      dealsNeeded: 100,
      activePartners: 25,
      signedPartners: 42,
      managers: 2,
      payoutCost: 500_000,
      mdfCost: 125_000,
      teamCost: 300_000,
      programCost: 955_000,
    });
    expect(result.costPerDollar).toBeCloseTo(0.382, 10);
    // (2,500,000 − 955,000) ÷ 955,000 = 161.78%
    expect(result.roi).toBeCloseTo(161.7801, 3);
    expect(result.advantage).toBeNull();
  });

  it('compares with direct only when a direct cost is given', () => {
    expect(programPlan({ ...example, directCost: 0.5 }).advantage).toBeCloseTo(0.118, 10);
    expect(programPlan({ ...example, directCost: 0.3 }).advantage).toBeCloseTo(-0.082, 10);
  });

  it.each([
    ['a deal size that divides the target exactly', { deal: 50_000 }, 'dealsNeeded', 50],
    ['a deal size that does not', { deal: 30_000 }, 'dealsNeeded', 84],
    ['one deal a year per partner', { deals: 1 }, 'activePartners', 100],
    ['every signed partner active', { active: 100 }, 'signedPartners', 25],
    ['one partner per manager', { capacity: 1 }, 'managers', 42],
  ] as const)('rounds up with %s', (_name, change, output, expected) => {
    expect(programPlan({ ...example, ...change })[output]).toBe(expected);
  });

  it('has no return ratio for a program that costs nothing', () => {
    expect(programPlan({ ...example, pmCost: 0, payout: 0, mdf: 0, tooling: 0 }).roi).toBeNull();
  });

  it('pays costs in cents, so a cost too small to pay cannot make the return infinite', () => {
    const tiny = { ...example, arr: 1, share: 0.1, pmCost: 0, payout: 0, mdf: 0, tooling: 5e-324 };
    expect(programPlan(tiny)).toMatchObject({ programCost: 0, roi: null });
  });
});

describe('partialPlan', () => {
  it('works out everything when every field is accepted', () => {
    expect(partialPlan(planExampleWithDirect)).toEqual(programPlan(planExampleWithDirect));
  });

  it.each([
    ['mdf', ['mdfCost', 'programCost', 'costPerDollar', 'roi', 'advantage']],
    ['capacity', ['managers', 'teamCost', 'programCost', 'costPerDollar', 'roi', 'advantage']],
    ['payout', ['payoutCost', 'programCost', 'costPerDollar', 'roi', 'advantage']],
    ['tooling', ['programCost', 'costPerDollar', 'roi', 'advantage']],
    ['active', ['signedPartners', 'managers', 'teamCost', 'programCost', 'costPerDollar', 'roi', 'advantage']],
    ['directCost', ['advantage']],
  ] as const)('without %s, drops only what depends on it', (field, dropped) => {
    const result = partialPlan(exampleWithout(field));
    const full = programPlan(planExampleWithDirect);
    for (const output of Object.keys(full) as (keyof typeof full)[]) {
      if ((dropped as readonly string[]).includes(output)) expect(result).not.toHaveProperty(output);
      else expect(result[output]).toBe(full[output]);
    }
  });

  it('without the ARR target, works out nothing: every output starts from it', () => {
    expect(partialPlan(exampleWithout('arr'))).toEqual({});
  });
});

describe('planFromProgram and planLink', () => {
  const figures = {
    planning: {
      newArrTarget: 10_000_000,
      averageDeal: 25_000,
      dealsPerActivePartner: 4,
      partnersPerManager: 25,
      managerCost: 150_000,
      blendedPayout: 20,
      mdfPerActivePartner: 5_000,
      tooling: 30_000,
      directCostPerDollar: 0.6,
    },
    targets: { sourcedShare: 25, activationRate: 60 },
  };

  it('reads the planning assumptions and the targets as planner input', () => {
    expect(planFromProgram(figures)).toEqual(planExampleWithDirect);
  });

  it('links to the planner with every field in the address', () => {
    expect(planLink(planExampleWithDirect)).toBe(
      '/tools/program-plan/?arr=10000000&share=25&deal=25000&deals=4&active=60&capacity=25&pmCost=150000&payout=20&mdf=5000&tooling=30000&directCost=0.6',
    );
    expect(planLink(example)).not.toContain('directCost');
  });
});

describe('validatePlan', () => {
  it('names each field outside its limits', () => {
    const errors = validatePlan({ ...example, share: 0, capacity: 2.5, active: 120 });
    expect(Object.keys(errors).sort()).toEqual(['active', 'capacity', 'share']);
  });
});

describe('ceilDivide', () => {
  it.each([
    [0.3, 0.1, 3],
    [100, 4, 25],
    [101, 4, 26],
    [25 * 100, 60, 42],
    [0, 5, 0],
    // A real remainder on a large count is never mistaken for float noise.
    [2_000_000_001, 2, 1_000_000_001],
    [2e12 + 1, 2, 1e12 + 1],
  ])('⌈%d ÷ %d⌉ = %d', (a, b, expected) => expect(ceilDivide(a, b)).toBe(expected));
});

const within = (field: keyof PlanInput) => {
  const { min = 0, max = 1e12, integer } = planLimits[field];
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.min(max, 10_000) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
};
const anyPlan = fc.record({
  arr: within('arr'),
  share: within('share'),
  deal: within('deal'),
  deals: within('deals'),
  active: within('active'),
  capacity: within('capacity'),
  pmCost: within('pmCost'),
  payout: within('payout'),
  mdf: within('mdf'),
  tooling: within('tooling'),
  directCost: fc.option(within('directCost'), { nil: undefined }),
});

describe('programPlan properties', () => {
  it('never gives NaN or Infinity for an accepted input', () => {
    fc.assert(
      fc.property(anyPlan, (input) => {
        for (const value of Object.values(programPlan(input))) {
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
      }),
    );
  });

  it('more target never means fewer partners or managers', () => {
    fc.assert(
      fc.property(anyPlan, fc.double({ min: 1, max: 10, noNaN: true }), (input, factor) => {
        const bigger = programPlan({ ...input, arr: Math.min(input.arr * factor, 1e12) });
        const base = programPlan(input);
        expect(bigger.signedPartners).toBeGreaterThanOrEqual(base.signedPartners);
        expect(bigger.activePartners).toBeGreaterThanOrEqual(base.activePartners);
        expect(bigger.managers).toBeGreaterThanOrEqual(base.managers);
      }),
    );
  });

  it('rounding up never leaves a shortfall, and adds nothing where the division is exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000 }), (deals, partners) => {
        const exact = programPlan({
          ...example,
          arr: deals * 10_000,
          share: 100,
          deal: 10_000,
          deals: deals / partners,
          active: 100,
          capacity: 1,
        });
        // deals ÷ (deals / partners) is exactly `partners`: no extra partner may appear.
        expect(exact.activePartners).toBe(partners);
      }),
    );
    fc.assert(
      fc.property(anyPlan, (input) => {
        const result = programPlan(input);
        // Counts reach into the trillions, so only float noise is allowed, never a whole unit short.
        const noise = 1 - 1e-12;
        expect(result.dealsNeeded * input.deal).toBeGreaterThanOrEqual(result.sourced * noise);
        expect(result.activePartners * input.deals).toBeGreaterThanOrEqual(result.dealsNeeded * noise);
        expect((result.signedPartners * input.active) / 100).toBeGreaterThanOrEqual(result.activePartners * noise);
        expect(result.managers * input.capacity).toBeGreaterThanOrEqual(result.signedPartners);
        // And no unit to spare: one fewer would fall short.
        if (result.activePartners > 1)
          expect((result.activePartners - 1) * input.deals).toBeLessThan(result.dealsNeeded);
        if (result.managers > 1) expect((result.managers - 1) * input.capacity).toBeLessThan(result.signedPartners);
      }),
    );
  });
});

describe('paybackMonth', () => {
  // Spend: (300,000 team + 125,000 MDF + 30,000 tooling) ÷ 12 = 37,916.67 a month from month 1.
  // After a 3-month ramp, (2,500,000 − 500,000 payout) ÷ 9 = 222,222.22 a month net.
  // Month 4: 222,222.22 ≥ 4 × 37,916.67 = 151,666.67, so the program pays back in month 4.
  it('works the issue example with a three-month ramp', () => {
    expect(paybackMonth(programPlan(example), example.tooling, 3)).toBe(4);
  });

  it.each([
    ['no ramp: the first month already pays', 0, 1],
    ['a ramp of the whole year never pays back', 12, null],
  ])('%s', (_name, ramp, month) => {
    expect(paybackMonth(programPlan(example), example.tooling, ramp)).toBe(month);
  });

  it('never pays back when the program costs more than it sources', () => {
    expect(paybackMonth(programPlan({ ...example, pmCost: 10_000_000 }), example.tooling, 3)).toBeNull();
  });

  it.each([
    [90, 3],
    [91, 4],
    [1, 1],
  ])('%d days to a first deal is %d months of ramp', (days, months) => expect(rampMonths(days)).toBe(months));
});
