/**
 * Partner qualification scorecard, weighted evaluation and selection red flags.
 *
 * The rules mirror the prose on /tools/partner-scorecard/ (and /strategy/partner-selection/);
 * update both together. Source: the upstream partner-selection rules — seven qualification
 * dimensions scored 1–5 with the scoring guide 35+ / 25–34 / 15–24 / under 15, the outreach
 * priorities P0–P3 on the same score bands, the five evaluation criteria weighted 25 / 20 / 20 /
 * 20 / 15, and the six red flags.
 */
import type { TierRole } from '../../program/roles';
import { checkLimits, type FieldErrors, type Limit } from '../../calculator/limits';

// ---------------------------------------------------------------------------------------------
// Qualification scorecard: seven dimensions, 1–5 each, summed.

export const qualificationDimensions = [
  'overlap',
  'synergy',
  'sales',
  'marketing',
  'technical',
  'brand',
  'commitment',
] as const;
export type QualificationDimension = (typeof qualificationDimensions)[number];
export type QualificationInput = Record<QualificationDimension, number>;

export const scoreLimit: Limit = { min: 1, max: 5, integer: true };

/** `scoreLimit` for each of `names`: every score on the page, qualification or evaluation, takes it. */
function scoreLimits<K extends string>(names: readonly K[]): Record<K, Limit> {
  return Object.fromEntries(names.map((name) => [name, scoreLimit])) as Record<K, Limit>;
}

/** Checks a set of scores, the seven qualification dimensions or the five criteria, against `scoreLimit`. */
export function validateScores<K extends string>(input: Readonly<Record<K, number>>): FieldErrors<K> {
  return checkLimits(input, scoreLimits(Object.keys(input) as K[]));
}

export const qualificationLabels: Readonly<Record<QualificationDimension, { label: string; indicators: string }>> = {
  overlap: { label: 'Customer overlap', indicators: 'Shared ideal customer profile, complementary segments' },
  synergy: { label: 'Product synergy', indicators: 'Integration value, fit in the customer’s workflow' },
  sales: { label: 'Sales capacity', indicators: 'Dedicated partner sellers, a quota that includes you' },
  marketing: { label: 'Marketing capability', indicators: 'Content team, event presence, budget' },
  technical: { label: 'Technical depth', indicators: 'Engineering resources, API expertise' },
  brand: { label: 'Brand alignment', indicators: 'Reputation, how the market sees them' },
  commitment: { label: 'Commitment level', indicators: 'Executive sponsor, a named team' },
};

export const qualificationLimits = scoreLimits(qualificationDimensions);

export const bands = ['platinum', 'gold', 'silver', 'not-ready'] as const;
export type Band = (typeof bands)[number];
export const priorities = ['P0', 'P1', 'P2', 'P3'] as const;
export type Priority = (typeof priorities)[number];

export interface BandRule {
  band: Band;
  /** Lowest total in the band, inclusive. */
  minTotal: number;
  /**
   * The tier whose potential the band shows, by its place on our ladder (src/program/roles.ts), so
   * the bands follow the program's tier names; null for the band below them ("Not ready").
   */
  potential: TierRole | null;
  guidance: string;
  priority: Priority;
  /** The outreach action for that priority. */
  action: string;
}

/**
 * The scoring guide and the outreach priorities share their score bands, so one table holds
 * both. Seven dimensions at most 5 each make 35 the highest total; the top band starts at 30, an
 * average above 4, so it can be reached without a perfect score (see /reference/sources-and-decisions/).
 */
export const bandRules: readonly BandRule[] = [
  {
    band: 'platinum',
    minTotal: 30,
    potential: 'top',
    guidance: 'Prioritize heavily.',
    priority: 'P0',
    action: 'Reach out now and involve an executive.',
  },
  {
    band: 'gold',
    minTotal: 25,
    potential: 'middle',
    guidance: 'Invest moderately.',
    priority: 'P1',
    action: 'Run a structured business-development approach and propose a pilot.',
  },
  {
    band: 'silver',
    minTotal: 15,
    potential: 'first',
    guidance: 'Standard engagement.',
    priority: 'P2',
    action: 'Nurture the relationship and wait for signs of readiness.',
  },
  {
    band: 'not-ready',
    minTotal: 0,
    potential: null,
    guidance: 'Revisit in six months.',
    priority: 'P3',
    action: 'Monitor and check back each quarter.',
  },
];

/** "25–29", "30 or more", "under 15": the score range of the band at `index` in `bandRules`, as the guide says it. */
export function bandRange(index: number): string {
  const rule = bandRules[index]!;
  const above = bandRules[index - 1];
  if (!above) return `${rule.minTotal} or more`;
  if (rule.minTotal === 0) return `under ${above.minTotal}`;
  return `${rule.minTotal}–${above.minTotal - 1}`;
}

export function bandFor(total: number): BandRule {
  return bandRules.find((rule) => total >= rule.minTotal)!;
}

export interface QualificationResult {
  /** Sum of the seven scores, 7–35. */
  total: number;
  band: Band;
  priority: Priority;
  rule: BandRule;
}

export function scoreQualification(input: QualificationInput): QualificationResult {
  const total = qualificationDimensions.reduce((sum, dimension) => sum + input[dimension], 0);
  const rule = bandFor(total);
  return { total, band: rule.band, priority: rule.priority, rule };
}

// ---------------------------------------------------------------------------------------------
// Weighted evaluation: five criteria, 1–5 each, weighted to a 0–100 score.

export const evaluationCriteria = ['fit', 'market', 'tech', 'gtm', 'culture'] as const;
export type EvaluationCriterion = (typeof evaluationCriteria)[number];
export type EvaluationInput = Record<EvaluationCriterion, number>;

export const evaluationWeights: Readonly<Record<EvaluationCriterion, number>> = {
  fit: 25,
  market: 20,
  tech: 20,
  gtm: 20,
  culture: 15,
};

export const evaluationLabels: Readonly<Record<EvaluationCriterion, { label: string; question: string }>> = {
  fit: {
    label: 'Strategic fit',
    question: 'Do they serve our ideal customers, and do the products complement each other?',
  },
  market: { label: 'Market position', question: 'Are they credible, and how far do they reach?' },
  tech: { label: 'Technical capability', question: 'Can they integrate or implement well?' },
  gtm: { label: 'Go-to-market alignment', question: 'Do they have sales capacity and marketing maturity?' },
  culture: { label: 'Cultural fit', question: 'Do they share our values and work well with partners?' },
};

export const evaluationLimits = scoreLimits(evaluationCriteria);

/**
 * A 1–5 score as a fraction of its criterion's weight: 1 is the lowest mark and earns nothing,
 * each step up earns a further quarter, 5 earns the whole weight. So all ones give 0, all threes
 * 50 and all fives 100, and the score uses the whole 0–100 scale.
 */
export function scoreToFraction(score: number): number {
  return (score - 1) / 4;
}

export interface EvaluationResult {
  /** 0–100. */
  weighted: number;
  /** Points each criterion contributes, summing to `weighted`. */
  contributions: Record<EvaluationCriterion, number>;
}

export function scoreEvaluation(input: EvaluationInput): EvaluationResult {
  const contributions = Object.fromEntries(
    evaluationCriteria.map((c) => [c, evaluationWeights[c] * scoreToFraction(input[c])]),
  ) as Record<EvaluationCriterion, number>;
  // Each contribution is a whole weight times a quarter step, a multiple of 0.25, so the sum is exact.
  const weighted = evaluationCriteria.reduce((total, c) => total + contributions[c], 0);
  return { weighted, contributions };
}

// ---------------------------------------------------------------------------------------------
// Red flags: warnings shown beside the result; they do not change the score.

export const redFlagIds = [
  'no-partner-team',
  'competitive-overlap',
  'poor-reviews',
  'financial-instability',
  'misaligned-incentives',
  'one-way-interest',
] as const;
export type RedFlagId = (typeof redFlagIds)[number];

export interface RedFlag {
  id: RedFlagId;
  label: string;
  risk: string;
  response: string;
}

export const redFlags: readonly RedFlag[] = [
  {
    id: 'no-partner-team',
    label: 'No dedicated partner team',
    risk: 'Without people whose job is the partnership, it slips down their list.',
    response: 'Wait until they have the capacity.',
  },
  {
    id: 'competitive-overlap',
    label: 'Competitive overlap',
    risk: 'Where products compete, their interests and yours conflict.',
    response: 'Agree clear swim lanes before you commit.',
  },
  {
    id: 'poor-reviews',
    label: 'Poor customer reviews',
    risk: 'Their reputation becomes yours by association.',
    response: 'Protect your brand: hold back until the reviews improve.',
  },
  {
    id: 'financial-instability',
    label: 'Financial instability',
    risk: 'The partnership may not outlast their difficulties.',
    response: 'Monitor, or delay the agreement.',
  },
  {
    id: 'misaligned-incentives',
    label: 'Misaligned incentives',
    risk: 'When each side is paid for different outcomes, goals drift apart.',
    response: 'Restructure the deal terms so both sides win together.',
  },
  {
    id: 'one-way-interest',
    label: 'One-way interest',
    risk: 'You will end up doing all the work.',
    response: 'Find value for both sides first.',
  },
];

export function isRedFlagId(value: string): value is RedFlagId {
  return (redFlagIds as readonly string[]).includes(value);
}

/**
 * Reads the `flags` query parameter (comma-separated ids) into the checked red flags, in the
 * table's order, plus any ids that are not red flags so the page can say they were ignored.
 */
export function parseRedFlags(text: string): { flags: RedFlagId[]; unknown: string[] } {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const known = new Set(ids.filter(isRedFlagId));
  return {
    flags: redFlagIds.filter((id) => known.has(id)),
    unknown: ids.filter((id) => !isRedFlagId(id)),
  };
}

export function formatRedFlags(flags: readonly RedFlagId[]): string {
  return redFlagIds.filter((id) => flags.includes(id)).join(',');
}
