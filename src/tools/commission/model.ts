/**
 * Partner commission models and the clawback schedule.
 *
 * The rules mirror the prose on /tools/commission/ (and the models described on
 * /economics/revenue-sharing/); update both together. Figures come from the upstream
 * revenue-sharing rules: referral 10–20% of first-year value, recurring share for a number of
 * months, tiered brackets 20% / 25% / 30% at 100,000 and 250,000, influenced deals at 50% of
 * the sourced rate, reseller margins 25 / 30 / 35 / 40 by tier plus 5 points for a registered
 * deal, volume rebate steps, and the cancellation clawback table.
 *
 * Rates and shares are percentages written as plain numbers (20 means 20%). Money results are
 * rounded to the cent at the end of each formula.
 */
import {
  checkLimits,
  MAX_MONEY,
  moneyLimit,
  percentLimit,
  roundToCents,
  withoutNegativeZero,
  type FieldErrors,
  type Limit,
} from '../../calculator/limits';
import { MAX_BRACKETS, rateLimits } from '../../calculator/settings';

export const commissionModels = ['referral', 'recurring', 'tiered', 'influenced', 'reseller'] as const;
export type CommissionModel = (typeof commissionModels)[number];

// ---------------------------------------------------------------------------------------------
// Referral: a one-time fee on the first year's contract value.

export interface ReferralInput {
  /** First-year contract value of the referred deal. */
  deal: number;
  rate: number;
}

export const referralLimits: Record<keyof ReferralInput, Limit> = { deal: moneyLimit, rate: percentLimit };

export function validateReferral(input: ReferralInput): FieldErrors<keyof ReferralInput> {
  return checkLimits(input, referralLimits);
}

export function referralCommission({ deal, rate }: ReferralInput): { commission: number } {
  return { commission: roundToCents((deal * rate) / 100) };
}

// ---------------------------------------------------------------------------------------------
// Recurring: a share of the annual contract value, paid monthly for a set number of months.

export interface RecurringInput {
  /** Annual contract value. */
  deal: number;
  rate: number;
  /** How many months the share is paid while the customer stays. */
  months: number;
}

export const recurringLimits: Record<keyof RecurringInput, Limit> = {
  deal: moneyLimit,
  rate: rateLimits.recurring,
  months: rateLimits.recurringMonths,
};

export function validateRecurring(input: RecurringInput): FieldErrors<keyof RecurringInput> {
  return checkLimits(input, recurringLimits);
}

export interface RecurringResult {
  /** Paid over the whole period if the customer stays. */
  commission: number;
  /** Paid in the first twelve months (less when the period is shorter). */
  firstYear: number;
}

export function recurringCommission({ deal, rate, months }: RecurringInput): RecurringResult {
  // Multiply before dividing so whole-number inputs stay exact (24,000 × 15 × 24 / 1,200 = 7,200).
  return {
    commission: roundToCents((deal * rate * months) / 1200),
    firstYear: roundToCents((deal * rate * Math.min(months, 12)) / 1200),
  };
}

// ---------------------------------------------------------------------------------------------
// Tiered: brackets of annual volume, each with its own rate.

export interface Bracket {
  /** Upper edge of the bracket, inclusive; null for the open top bracket. */
  upTo: number | null;
  rate: number;
}

export const tieredMethods = ['marginal', 'whole'] as const;
/**
 * `marginal`: each slice of volume earns its own bracket's rate (like income tax).
 * `whole`: the whole volume earns the rate of the highest bracket it reaches.
 */
export type TieredMethod = (typeof tieredMethods)[number];

/** A bracket list in a URL is short; anything longer is not one we wrote. */
export const maxBracketsTextLength = 200;

/**
 * Problems with a bracket list, as sentences; empty when the list is usable.
 * Rates may not fall as volume rises: a tiered plan rewards volume, and the rule
 * "marginal never pays more than whole" depends on it.
 */
export function validateBrackets(brackets: readonly Bracket[]): string[] {
  const problems: string[] = [];
  if (brackets.length === 0) return ['Add at least one bracket.'];
  if (brackets.length > MAX_BRACKETS) problems.push(`Use at most ${MAX_BRACKETS} brackets.`);
  brackets.forEach((bracket, index) => {
    const name = `Bracket ${index + 1}`;
    const isLast = index === brackets.length - 1;
    if (!Number.isFinite(bracket.rate) || bracket.rate < 0 || bracket.rate > 100) {
      problems.push(`${name}: enter a rate from 0 to 100.`);
    }
    if (isLast) {
      if (bracket.upTo !== null) problems.push(`${name}: the top bracket has no upper limit.`);
    } else if (bracket.upTo === null) {
      problems.push(`${name}: only the top bracket may be open-ended.`);
    } else if (!Number.isFinite(bracket.upTo) || bracket.upTo <= 0 || bracket.upTo > MAX_MONEY) {
      problems.push(`${name}: enter an upper limit above 0 and at most ${MAX_MONEY.toLocaleString('en-US')}.`);
    }
  });
  return [...problems, ...bracketOrderProblems(brackets).map((p) => `Bracket ${p.index + 1}: ${p.message}`)];
}

export interface BracketProblem {
  /** Index of the bracket whose field breaks the rule. */
  index: number;
  field: 'upTo' | 'rate';
  message: string;
}

/** The two rules that span brackets: upper limits rise, and rates never fall. One entry per field at fault. */
export function bracketOrderProblems(brackets: readonly Bracket[]): BracketProblem[] {
  const problems: BracketProblem[] = [];
  brackets.forEach((bracket, index) => {
    const previous = brackets[index - 1];
    if (!previous) return;
    if (bracket.upTo !== null && previous.upTo !== null && bracket.upTo <= previous.upTo) {
      const limit = previous.upTo.toLocaleString('en-US');
      problems.push({ index, field: 'upTo', message: `Enter a limit above ${limit}, the limit of bracket ${index}.` });
    }
    if (bracket.rate < previous.rate) {
      const rate = `${previous.rate}%`;
      problems.push({
        index,
        field: 'rate',
        message: `Enter a rate of at least ${rate}: a higher bracket never pays less.`,
      });
    }
  });
  return problems;
}

/**
 * Reads the `brackets` query parameter: upper-limit:rate pairs separated by commas, with the
 * open top bracket given as its rate alone. The default list is `100000:20,250000:25,30`.
 */
export function parseBrackets(text: string): { ok: true; brackets: Bracket[] } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { ok: false, message: 'Enter at least one bracket.' };
  if (trimmed.length > maxBracketsTextLength) {
    return { ok: false, message: `The bracket list is longer than ${maxBracketsTextLength} characters.` };
  }
  const parts = trimmed.split(',').map((part) => part.trim());
  const brackets: Bracket[] = [];
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    const match = isLast
      ? /^(?:(\d+(?:\.\d+)?):)?(\d+(?:\.\d+)?)$/.exec(part)
      : /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(part);
    if (!match) {
      return {
        ok: false,
        message: isLast
          ? `Bracket ${index + 1} ("${part}") should be the top rate, such as 30.`
          : `Bracket ${index + 1} ("${part}") should be an upper limit and a rate, such as 100000:20.`,
      };
    }
    if (isLast && match[1] !== undefined) {
      return { ok: false, message: 'The last bracket is open-ended: give its rate alone, such as 30.' };
    }
    brackets.push({ upTo: isLast ? null : Number(match[1]), rate: Number(match[2]) });
  }
  const problems = validateBrackets(brackets);
  return problems.length > 0 ? { ok: false, message: problems.join(' ') } : { ok: true, brackets };
}

export function formatBrackets(brackets: readonly Bracket[]): string {
  return brackets.map((b) => (b.upTo === null ? `${b.rate}` : `${b.upTo}:${b.rate}`)).join(',');
}

export interface TieredInput {
  volume: number;
  /** Must pass validateBrackets. */
  brackets: readonly Bracket[];
  method: TieredMethod;
}

export const tieredLimits: Record<'volume', Limit> = { volume: moneyLimit };

export interface TieredSlice {
  from: number;
  to: number;
  rate: number;
  amount: number;
}

export interface TieredResult {
  commission: number;
  /** Index of the bracket the volume reaches. */
  bracketIndex: number;
  /** Marginal: one slice per bracket the volume touches. Whole: a single slice from 0. */
  slices: TieredSlice[];
}

/** Index of the bracket a volume falls in; each bracket includes its upper limit. */
export function bracketIndexFor(volume: number, brackets: readonly Bracket[]): number {
  const index = brackets.findIndex((b) => b.upTo === null || volume <= b.upTo);
  return index === -1 ? brackets.length - 1 : index;
}

export function tieredCommission({ volume, brackets, method }: TieredInput): TieredResult {
  const bracketIndex = bracketIndexFor(volume, brackets);
  if (method === 'whole') {
    const rate = brackets[bracketIndex]!.rate;
    const amount = roundToCents((volume * rate) / 100);
    return { commission: amount, bracketIndex, slices: [{ from: 0, to: volume, rate, amount }] };
  }
  const slices: TieredSlice[] = [];
  let from = 0;
  for (const bracket of brackets.slice(0, bracketIndex + 1)) {
    const to = bracket.upTo === null ? volume : Math.min(volume, bracket.upTo);
    slices.push({ from, to, rate: bracket.rate, amount: ((to - from) * bracket.rate) / 100 });
    from = to;
  }
  const commission = roundToCents(slices.reduce((sum, slice) => sum + slice.amount, 0));
  return { commission, bracketIndex, slices: slices.map((s) => ({ ...s, amount: roundToCents(s.amount) })) };
}

export interface ChartPoint {
  volume: number;
  commission: number;
}

/**
 * The right edge of a commission-vs-volume chart: far enough past the reader's volume and the
 * last bracket edge to show the top bracket's slope, rounded up to a readable number.
 */
export function chartMaxVolume(volume: number, brackets: readonly Bracket[]): number {
  const lastEdge = brackets.reduce((edge, b) => (b.upTo === null ? edge : Math.max(edge, b.upTo)), 0);
  return niceCeiling(Math.max(volume * 1.2, lastEdge * 1.6, 1));
}

/** The smallest 1, 2, 2.5 or 5 × a power of ten at or above `value` (at least 1): axis ends people can read. */
export function niceCeiling(value: number): number {
  const wanted = Math.max(value, 1);
  const magnitude = 10 ** Math.floor(Math.log10(wanted));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= wanted)!;
  return step * magnitude;
}

/**
 * Corner points of commission against volume from 0 to `maxVolume`, enough to draw the exact
 * line: marginal commission bends at each bracket edge; whole-volume commission jumps there, so
 * each edge appears twice (the rate up to the edge, then the next bracket's rate just after it).
 */
export function tieredChartPoints(brackets: readonly Bracket[], method: TieredMethod, maxVolume: number): ChartPoint[] {
  const at = (volume: number): ChartPoint => ({
    volume,
    commission: tieredCommission({ volume, brackets, method }).commission,
  });
  const points: ChartPoint[] = [at(0)];
  brackets.forEach((bracket, index) => {
    if (bracket.upTo === null || bracket.upTo >= maxVolume) return;
    points.push(at(bracket.upTo));
    if (method === 'whole') {
      const nextRate = brackets[index + 1]!.rate;
      points.push({ volume: bracket.upTo, commission: roundToCents((bracket.upTo * nextRate) / 100) });
    }
  });
  points.push(at(maxVolume));
  return points;
}

// ---------------------------------------------------------------------------------------------
// Influenced: the partner helped close a deal it did not source and earns part of the sourced rate.

export interface InfluencedInput {
  deal: number;
  /** The rate a sourced deal would earn. */
  rate: number;
  /** The part of the sourced rate an influenced deal earns. */
  share: number;
}

export const influencedLimits: Record<keyof InfluencedInput, Limit> = {
  deal: moneyLimit,
  rate: percentLimit,
  share: percentLimit,
};

export function validateInfluenced(input: InfluencedInput): FieldErrors<keyof InfluencedInput> {
  return checkLimits(input, influencedLimits);
}

export function influencedCommission({ deal, rate, share }: InfluencedInput): {
  commission: number;
  /** The effective rate on the deal, in percent. */
  influencedRate: number;
} {
  return {
    commission: roundToCents((deal * rate * share) / 10_000),
    influencedRate: withoutNegativeZero((rate * share) / 100),
  };
}

// ---------------------------------------------------------------------------------------------
// Reseller: the partner buys at a discount off list and sells at list.

/** Margin points added when the deal was registered before the quote. */
export const registeredDealPoints = 5;

export interface RebateStep {
  /** Annual volume at which the step starts, inclusive. */
  from: number;
  rate: number;
  /** Above the last step the rules call for terms negotiated partner by partner. */
  customTerms: boolean;
}

/**
 * Upstream volume incentives: up to 250,000 a year earns the base margin only; 250,000–500,000
 * adds a 2% rebate; 500,000–1,000,000 a 5% rebate; 1,000,000 and more is custom terms, for which
 * the tool keeps the 5% already reached as the floor.
 */
export const rebateSteps: readonly RebateStep[] = [
  { from: 0, rate: 0, customTerms: false },
  { from: 250_000, rate: 2, customTerms: false },
  { from: 500_000, rate: 5, customTerms: false },
  { from: 1_000_000, rate: 5, customTerms: true },
];

export function rebateStepFor(volume: number): RebateStep {
  return [...rebateSteps].reverse().find((step) => volume >= step.from)!;
}

export interface ResellerInput {
  list: number;
  /** Margin off list in percent, before the registered-deal points. */
  margin: number;
  /** 1 when the deal was registered, 0 otherwise. */
  registered: number;
  /** The partner's annual volume with you; leave out to skip the rebate. */
  volume?: number | undefined;
}

export const resellerLimits: Record<keyof ResellerInput, Limit> = {
  list: moneyLimit,
  margin: percentLimit,
  registered: { min: 0, max: 1, integer: true },
  volume: moneyLimit,
};

export function validateReseller(input: ResellerInput): FieldErrors<keyof ResellerInput> {
  const errors = checkLimits(input, resellerLimits);
  if (!errors.margin && !errors.registered && input.margin + input.registered * registeredDealPoints > 100) {
    errors.margin = `With ${registeredDealPoints} points for a registered deal the margin would pass 100%: enter at most ${100 - registeredDealPoints}.`;
  }
  return errors;
}

export interface ResellerResult {
  /** Margin in percent including the registered-deal points. */
  effectiveMargin: number;
  /** What the partner pays you. */
  partnerCost: number;
  /** The partner's gross profit when it sells at list. */
  partnerProfit: number;
  /** Volume rebate in percent; null when no volume was given. */
  rebateRate: number | null;
  rebateStep: RebateStep | null;
}

export function resellerEconomics({ list, margin, registered, volume }: ResellerInput): ResellerResult {
  const effectiveMargin = withoutNegativeZero(margin + registered * registeredDealPoints);
  const partnerProfit = roundToCents((list * effectiveMargin) / 100);
  const step = volume === undefined ? null : rebateStepFor(volume);
  return {
    effectiveMargin,
    partnerCost: roundToCents(list - partnerProfit),
    partnerProfit,
    rebateRate: step ? step.rate : null,
    rebateStep: step,
  };
}

// ---------------------------------------------------------------------------------------------
// Clawback: how much of a paid commission comes back when the customer cancels.

export interface ClawbackInput {
  commission: number;
  /** Days after signing on which the customer cancelled. */
  day: number;
}

/** Ten years of days: any cancellation later than that is long past every clawback window. */
export const clawbackLimits: Record<keyof ClawbackInput, Limit> = {
  commission: moneyLimit,
  day: { min: 0, max: 3650, integer: true },
};

export function validateClawback(input: ClawbackInput): FieldErrors<keyof ClawbackInput> {
  return checkLimits(input, clawbackLimits);
}

export type ClawbackRule = 'full' | 'half' | 'pro-rata' | 'none';

/** Upstream clawback table: < 30 days 100%, 30–90 days 50%, 90–180 days pro rata, then nothing. */
export const clawbackSchedule = { fullBefore: 30, halfBefore: 90, endsAt: 180, halfShare: 50 } as const;

/** The share of the commission clawed back, in percent, for a cancellation on `day`. */
export function clawbackShare(day: number): { share: number; rule: ClawbackRule } {
  const { fullBefore, halfBefore, endsAt, halfShare } = clawbackSchedule;
  if (day < fullBefore) return { share: 100, rule: 'full' };
  if (day < halfBefore) return { share: halfShare, rule: 'half' };
  if (day <= endsAt) {
    // Falls in a straight line from 50% on day 90 to 0% on day 180.
    return { share: (halfShare * (endsAt - day)) / (endsAt - halfBefore), rule: 'pro-rata' };
  }
  return { share: 0, rule: 'none' };
}

export function clawback({ commission, day }: ClawbackInput): { clawback: number; share: number; rule: ClawbackRule } {
  const { share, rule } = clawbackShare(day);
  // A commission typed with fractions of a cent must not round up into a clawback above it.
  const amount = Math.min(commission, roundToCents((commission * share) / 100));
  return { clawback: withoutNegativeZero(amount), share, rule };
}
