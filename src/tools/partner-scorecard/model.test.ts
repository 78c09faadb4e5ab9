import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bandFor,
  evaluationCriteria,
  evaluationWeights,
  formatRedFlags,
  parseRedFlags,
  qualificationDimensions,
  redFlagIds,
  scoreEvaluation,
  scoreQualification,
  scoreToFraction,
  validateScores,
  type EvaluationInput,
  type QualificationInput,
} from './model';

/** Seven scores adding up to `total` (7–35), filled from the first dimension onwards. */
function scoresAddingUpTo(total: number): QualificationInput {
  let left = total - qualificationDimensions.length;
  return Object.fromEntries(
    qualificationDimensions.map((dimension) => {
      const extra = Math.min(4, left);
      left -= extra;
      return [dimension, 1 + extra];
    }),
  ) as QualificationInput;
}

const same = <K extends string>(keys: readonly K[], score: number) =>
  Object.fromEntries(keys.map((k) => [k, score])) as Record<K, number>;

const score = fc.integer({ min: 1, max: 5 });
const qualification = fc.record(
  Object.fromEntries(qualificationDimensions.map((d) => [d, score])) as Record<keyof QualificationInput, typeof score>,
);
const evaluation = fc.record(
  Object.fromEntries(evaluationCriteria.map((c) => [c, score])) as Record<keyof EvaluationInput, typeof score>,
);

describe('qualification scorecard', () => {
  it.each([
    ['all fives', 35, 'platinum', 'P0'],
    ['one point short of perfect', 34, 'platinum', 'P0'],
    ['the lowest platinum total', 30, 'platinum', 'P0'],
    ['the highest gold total', 29, 'gold', 'P1'],
    ['the lowest gold total', 25, 'gold', 'P1'],
    ['the highest silver total', 24, 'silver', 'P2'],
    ['the lowest silver total', 15, 'silver', 'P2'],
    ['the highest not-ready total', 14, 'not-ready', 'P3'],
    ['all ones: the lowest possible total', 7, 'not-ready', 'P3'],
  ])('%s (%d) is %s, %s', (_name, total, band, priority) => {
    const input = scoresAddingUpTo(total);
    expect(validateScores(input)).toEqual({});
    expect(scoreQualification(input)).toMatchObject({ total, band, priority });
  });

  it('adds the seven dimensions as scored', () => {
    const input = { overlap: 5, synergy: 4, sales: 3, marketing: 4, technical: 2, brand: 5, commitment: 3 };
    expect(scoreQualification(input)).toMatchObject({ total: 26, band: 'gold', priority: 'P1' });
  });

  it.each([
    ['zero', 0],
    ['six', 6],
    ['a half point', 2.5],
    ['NaN', Number.NaN],
    ['a negative score', -3],
  ])('rejects %s', (_name, value) => {
    const errors = validateScores({ ...same(qualificationDimensions, 3), brand: value });
    expect(errors).toEqual({ brand: 'Enter a whole number from 1 to 5.' });
  });

  it('keeps every total within 7–35 and never lowers the band when a score rises', () => {
    const rank = ['not-ready', 'silver', 'gold', 'platinum'];
    fc.assert(
      fc.property(qualification, fc.constantFrom(...qualificationDimensions), (input, raised) => {
        const before = scoreQualification(input);
        expect(before.total).toBeGreaterThanOrEqual(7);
        expect(before.total).toBeLessThanOrEqual(35);
        const after = scoreQualification({ ...input, [raised]: Math.min(5, input[raised] + 1) });
        expect(rank.indexOf(after.band)).toBeGreaterThanOrEqual(rank.indexOf(before.band));
      }),
    );
  });

  it('gives each band the priority with the same score range', () => {
    expect([30, 25, 15, 0].map((total) => bandFor(total).priority)).toEqual(['P0', 'P1', 'P2', 'P3']);
  });
});

describe('weighted evaluation', () => {
  it('weights add up to 100', () => {
    expect(Object.values(evaluationWeights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it.each([
    [1, 0],
    [2, 0.25],
    [3, 0.5],
    [4, 0.75],
    [5, 1],
  ])('a score of %d earns %d of its weight', (value, fraction) => {
    expect(scoreToFraction(value)).toBe(fraction);
  });

  it.each<[string, EvaluationInput, number]>([
    ['all fives', same(evaluationCriteria, 5), 100],
    ['all ones', same(evaluationCriteria, 1), 0],
    ['all threes', same(evaluationCriteria, 3), 50],
    ['only strategic fit at 5', { ...same(evaluationCriteria, 1), fit: 5 }, 25],
    ['only cultural fit at 5', { ...same(evaluationCriteria, 1), culture: 5 }, 15],
    ['everything but cultural fit at 5', { ...same(evaluationCriteria, 5), culture: 1 }, 85],
    ['a mixed profile: 18.75 + 10 + 20 + 5 + 0', { fit: 4, market: 3, tech: 5, gtm: 2, culture: 1 }, 53.75],
  ])('%s → %d', (_name, input, weighted) => {
    expect(validateScores(input)).toEqual({});
    expect(scoreEvaluation(input).weighted).toBe(weighted);
  });

  it('rejects a score outside 1–5', () => {
    expect(validateScores({ ...same(evaluationCriteria, 3), gtm: 5.5 })).toEqual({
      gtm: 'Enter a whole number from 1 to 5.',
    });
  });

  it('stays within 0–100, its parts add up, and raising a score never lowers it', () => {
    fc.assert(
      fc.property(evaluation, fc.constantFrom(...evaluationCriteria), (input, raised) => {
        const { weighted, contributions } = scoreEvaluation(input);
        expect(weighted).toBeGreaterThanOrEqual(0);
        expect(weighted).toBeLessThanOrEqual(100);
        expect(Object.values(contributions).reduce((a, b) => a + b, 0)).toBe(weighted);
        const after = scoreEvaluation({ ...input, [raised]: Math.min(5, input[raised] + 1) });
        expect(after.weighted).toBeGreaterThanOrEqual(weighted);
      }),
    );
  });
});

describe('red flags', () => {
  it('still knows every red flag a saved link may name, in the table’s order', () => {
    const saved =
      'no-partner-team,competitive-overlap,poor-reviews,financial-instability,misaligned-incentives,one-way-interest';
    expect(parseRedFlags(saved)).toEqual({ flags: saved.split(','), unknown: [] });
    expect(formatRedFlags(redFlagIds)).toBe(saved);
  });

  it.each([
    ['two flags', 'competitive-overlap,one-way-interest', ['competitive-overlap', 'one-way-interest'], []],
    ['any order, table order back', 'one-way-interest,no-partner-team', ['no-partner-team', 'one-way-interest'], []],
    ['repeats and spaces', ' poor-reviews , poor-reviews', ['poor-reviews'], []],
    ['nothing', '', [], []],
    ['an unknown id', 'bogus,poor-reviews', ['poor-reviews'], ['bogus']],
    ['a script payload', '<script>alert(1)</script>', [], ['<script>alert(1)</script>']],
  ])('reads %s', (_name, text, flags, unknown) => {
    expect(parseRedFlags(text)).toEqual({ flags, unknown });
  });

  it('writes flags in table order and reads them back', () => {
    fc.assert(
      fc.property(fc.subarray([...redFlagIds]), (flags) => {
        const shuffled = [...flags].reverse();
        expect(parseRedFlags(formatRedFlags(shuffled)).flags).toEqual(flags);
      }),
    );
  });
});
