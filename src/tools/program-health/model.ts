/**
 * Partner program health scorecard.
 *
 * The rules mirror the prose on /tools/program-health/ (and /economics/metrics/); update both
 * together. Targets come from the seed's metrics table: partner-sourced revenue 20–30% of total,
 * partner-influenced 40–50%, activation 60%+, partner NPS 50+, first deal in under 90 days.
 * A metric meets its target at the low end of the seed's range.
 *
 * Every input is optional: each metric is worked out from the inputs it needs, so a reader can
 * fill in what they know. A metric whose denominator is zero has no value and says why.
 */
import {
  checkLimits,
  moneyLimit,
  roundToCents,
  withoutNegativeZero,
  type FieldErrors,
  type Limit,
} from '../../calculator/limits';

export interface HealthInput {
  /** Company revenue for the period. */
  total?: number | undefined;
  /** Partner-sourced revenue in the same period. */
  sourced?: number | undefined;
  /** Partner-influenced revenue in the same period. */
  influenced?: number | undefined;
  /** Partners in the program. */
  partners?: number | undefined;
  /** Partners with activity in the period (a deal, a referral, a registered opportunity). */
  active?: number | undefined;
  /** Partner net promoter score, −100 to 100. */
  nps?: number | undefined;
  /** Median days from signing to a partner's first closed deal. */
  days?: number | undefined;
}
export type HealthField = keyof HealthInput;

const maxPartners = 1_000_000;

export const healthLimits: Record<HealthField, Limit> = {
  total: moneyLimit,
  sourced: moneyLimit,
  influenced: moneyLimit,
  partners: { min: 0, max: maxPartners, integer: true },
  active: { min: 0, max: maxPartners, integer: true },
  nps: { min: -100, max: 100 },
  days: { min: 0, max: 3650 },
};

export function validateHealth(input: HealthInput): FieldErrors<HealthField> {
  const errors = checkLimits(input, healthLimits);
  const { total, sourced, influenced, partners, active } = input;
  const usable = (field: HealthField) => input[field] !== undefined && !errors[field];
  if (usable('total') && usable('sourced') && sourced! > total!) {
    errors.sourced = 'Partner-sourced revenue cannot be more than company revenue.';
  }
  if (usable('total') && usable('influenced') && influenced! > total!) {
    errors.influenced = 'Partner-influenced revenue cannot be more than company revenue.';
  }
  if (usable('partners') && usable('active') && active! > partners!) {
    errors.active = 'Active partners cannot outnumber the partners in the program.';
  }
  return errors;
}

export const healthMetrics = [
  'sourcedShare',
  'influencedShare',
  'activation',
  'revenuePerPartner',
  'nps',
  'days',
] as const;
export type HealthMetric = (typeof healthMetrics)[number];

export type TargetStatus = 'met' | 'not-met';

export interface Target {
  /** Met when the value is at least this. */
  atLeast?: number;
  /** Met when the value is below this. */
  below?: number;
  /** The target as people say it: "20% or more". */
  text: string;
}

/** The program's health targets (content/program.yaml `targets`), as numbers. */
export interface HealthTargetFigures {
  readonly sourcedShare: number;
  readonly influencedShare: number;
  readonly activationRate: number;
  readonly partnerNps: number;
  readonly daysToFirstDeal: number;
}

export type HealthTargets = Readonly<Partial<Record<HealthMetric, Target>>>;

/** Each metric's target and how people say it. Revenue per partner varies by tier, so it has none. */
export function healthTargetsFrom(figures: HealthTargetFigures): HealthTargets {
  return {
    sourcedShare: { atLeast: figures.sourcedShare, text: `${figures.sourcedShare}% or more of company revenue` },
    influencedShare: {
      atLeast: figures.influencedShare,
      text: `${figures.influencedShare}% or more of company revenue`,
    },
    activation: { atLeast: figures.activationRate, text: `${figures.activationRate}% or more of partners active` },
    nps: { atLeast: figures.partnerNps, text: `${figures.partnerNps} or more` },
    days: { below: figures.daysToFirstDeal, text: `under ${figures.daysToFirstDeal} days` },
  };
}

export function statusAgainst(target: Target, value: number): TargetStatus {
  if (target.atLeast !== undefined && value < target.atLeast) return 'not-met';
  if (target.below !== undefined && value >= target.below) return 'not-met';
  return 'met';
}

export interface MetricResult {
  /** Null when there is no result: an input is missing or a denominator is zero. */
  value: number | null;
  /** Null when there is no value or the metric has no target. */
  status: TargetStatus | null;
  /** Why there is no value, when an input was given but the metric cannot be worked out. */
  message: string | null;
}

export type HealthResult = Record<HealthMetric, MetricResult>;

const none: MetricResult = { value: null, status: null, message: null };

/**
 * Unrounded, so 199,999 of 1,000,000 stays below a 20% target; the page rounds shares down for
 * display so a share just short of its target never reads as the target itself.
 */
function percentOf(part: number, whole: number): number {
  return (part * 100) / whole;
}

function metric(id: HealthMetric, raw: number, targets: HealthTargets): MetricResult {
  const target = targets[id];
  const value = withoutNegativeZero(raw);
  return { value, status: target ? statusAgainst(target, value) : null, message: null };
}

function noResult(message: string): MetricResult {
  return { value: null, status: null, message };
}

/** Works out every metric it can. The input must have passed validateHealth (invalid fields left out). */
export function assessHealth(input: HealthInput, targets: HealthTargets): HealthResult {
  const { total, sourced, influenced, partners, active, nps, days } = input;
  const shareOfRevenue = (id: 'sourcedShare' | 'influencedShare', part: number | undefined): MetricResult => {
    if (part === undefined || total === undefined) return none;
    if (total === 0) return noResult('Company revenue is 0, so there is no share to work out.');
    return metric(id, percentOf(part, total), targets);
  };
  const sourcedShare = shareOfRevenue('sourcedShare', sourced);
  const influencedShare = shareOfRevenue('influencedShare', influenced);

  let activation = none;
  if (partners !== undefined && active !== undefined) {
    activation =
      partners === 0
        ? noResult('There are no partners in the program, so there is no activation rate.')
        : metric('activation', percentOf(active, partners), targets);
  }

  let revenuePerPartner = none;
  if (sourced !== undefined && active !== undefined) {
    revenuePerPartner =
      active === 0
        ? noResult('No partner is active, so there is no revenue per active partner.')
        : metric('revenuePerPartner', roundToCents(sourced / active), targets);
  }

  return {
    sourcedShare,
    influencedShare,
    activation,
    revenuePerPartner,
    nps: nps === undefined ? none : metric('nps', nps, targets),
    days: days === undefined ? none : metric('days', days, targets),
  };
}

/** How many targets are met out of those that could be judged, for the scorecard's headline. */
export function summarizeHealth(result: HealthResult): { met: number; judged: number } {
  const statuses = healthMetrics.map((id) => result[id].status).filter((s) => s !== null);
  return { met: statuses.filter((s) => s === 'met').length, judged: statuses.length };
}
