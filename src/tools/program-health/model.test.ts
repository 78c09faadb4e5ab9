import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessHealth, healthMetrics, summarizeHealth, validateHealth, type HealthInput } from './model';
import { MAX_MONEY } from '../../calculator/limits';
// 20% sourced, 40% influenced, 60% active, NPS 50, first deal in under 90 days.
import { testTargets as targets } from './fixtures';
import { healthExample } from './view';

/** A program a quarter after launch, worked by hand. */
const example: HealthInput = healthExample;

describe('program health', () => {
  it('works out every metric of a whole program', () => {
    expect(validateHealth(example)).toEqual({});
    const result = assessHealth(example, targets);
    expect(result.sourcedShare).toEqual({ value: 25, status: 'met', message: null });
    expect(result.influencedShare).toEqual({ value: 35, status: 'not-met', message: null });
    expect(result.activation).toEqual({ value: 65, status: 'met', message: null });
    // 250,000 ÷ 26 = 9,615.3846… : revenue per partner has no target in the seed.
    expect(result.revenuePerPartner.value).toBeCloseTo(9_615.38, 2);
    expect(result.revenuePerPartner.status).toBeNull();
    expect(result.nps).toEqual({ value: 52, status: 'met', message: null });
    expect(result.days).toEqual({ value: 75, status: 'met', message: null });
    expect(summarizeHealth(result)).toEqual({ met: 4, judged: 5 });
  });

  it.each([
    ['sourced at exactly 20%', { total: 1_000_000, sourced: 200_000 }, 'sourcedShare', 20, 'met'],
    ['sourced one short of 20%', { total: 1_000_000, sourced: 199_999 }, 'sourcedShare', 19.9999, 'not-met'],
    ['all revenue partner-sourced', { total: 500, sourced: 500 }, 'sourcedShare', 100, 'met'],
    ['influenced at exactly 40%', { total: 1_000_000, influenced: 400_000 }, 'influencedShare', 40, 'met'],
    ['influenced one short of 40%', { total: 1_000_000, influenced: 399_999 }, 'influencedShare', 39.9999, 'not-met'],
    ['activation at exactly 60%', { partners: 5, active: 3 }, 'activation', 60, 'met'],
    ['activation at 59%', { partners: 100, active: 59 }, 'activation', 59, 'not-met'],
    ['no partner active', { partners: 12, active: 0 }, 'activation', 0, 'not-met'],
    ['NPS at exactly 50', { nps: 50 }, 'nps', 50, 'met'],
    ['NPS just under 50', { nps: 49.5 }, 'nps', 49.5, 'not-met'],
    ['the lowest NPS', { nps: -100 }, 'nps', -100, 'not-met'],
    ['first deal in 89 days', { days: 89 }, 'days', 89, 'met'],
    ['first deal in 89.5 days', { days: 89.5 }, 'days', 89.5, 'met'],
    ['first deal in exactly 90 days is not under 90', { days: 90 }, 'days', 90, 'not-met'],
    ['first deal the same day', { days: 0 }, 'days', 0, 'met'],
  ] as const)('%s', (_name, input, metric, value, status) => {
    expect(validateHealth(input)).toEqual({});
    const result = assessHealth(input, targets)[metric];
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.status).toBe(status);
  });

  it.each([
    ['company revenue of 0', { total: 0, sourced: 0, influenced: 0 }, ['sourcedShare', 'influencedShare']],
    ['no partners', { partners: 0, active: 0 }, ['activation']],
    ['no active partner', { sourced: 10_000, active: 0 }, ['revenuePerPartner']],
  ] as const)('%s gives no result and says why, never NaN', (_name, input, metrics) => {
    const result = assessHealth(input, targets);
    for (const metric of metrics) {
      expect(result[metric].value).toBeNull();
      expect(result[metric].status).toBeNull();
      expect(result[metric].message).toMatch(/so there is no/);
    }
  });

  it('works out only what the given inputs allow, silently leaving the rest', () => {
    const result = assessHealth({ nps: 60 }, targets);
    expect(result.nps.status).toBe('met');
    for (const metric of healthMetrics.filter((m) => m !== 'nps')) {
      expect(result[metric]).toEqual({ value: null, status: null, message: null });
    }
    expect(summarizeHealth(result)).toEqual({ met: 1, judged: 1 });
  });

  it.each([
    ['sourced above company revenue', { total: 100, sourced: 101 }, 'sourced', /cannot be more than company revenue/],
    ['influenced above company revenue', { total: 100, influenced: 150 }, 'influenced', /cannot be more than/],
    ['more active partners than partners', { partners: 10, active: 11 }, 'active', /cannot outnumber/],
    ['part of a partner', { partners: 10.5 }, 'partners', /whole number/],
    ['NPS above 100', { nps: 101 }, 'nps', /from -100 to 100/],
    ['negative days', { days: -1 }, 'days', /from 0 to 3,650/],
    ['negative revenue', { total: -5 }, 'total', /from 0 to/],
  ] as const)('rejects %s', (_name, input, field, message) => {
    expect(validateHealth(input)[field]).toMatch(message);
  });

  it('does not compare with a company revenue that is itself invalid', () => {
    expect(validateHealth({ total: -1, sourced: 50 })).toEqual({ total: expect.any(String) });
  });

  it('never gives NaN, Infinity or a share outside 0–100 for any input validation accepts', () => {
    const maybe = (min: number, max: number) =>
      fc.option(fc.oneof(fc.double(), fc.double({ min, max, noNaN: true }), fc.integer({ min, max })), {
        nil: undefined,
      });
    fc.assert(
      fc.property(
        fc.record({
          total: maybe(0, MAX_MONEY),
          sourced: maybe(0, MAX_MONEY),
          influenced: maybe(0, MAX_MONEY),
          partners: maybe(0, 1_000),
          active: maybe(0, 1_000),
          nps: maybe(-100, 100),
          days: maybe(0, 400),
        }),
        (input) => {
          fc.pre(Object.keys(validateHealth(input)).length === 0);
          const result = assessHealth(input, targets);
          for (const metric of healthMetrics) {
            const { value } = result[metric];
            if (value !== null) expect(Number.isFinite(value) && !Object.is(value, -0)).toBe(true);
          }
          for (const metric of ['sourcedShare', 'influencedShare', 'activation'] as const) {
            const { value } = result[metric];
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100);
            }
          }
          const perPartner = result.revenuePerPartner.value;
          if (perPartner !== null) expect(perPartner).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
