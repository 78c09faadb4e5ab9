/**
 * Partner commission models and the clawback: the formulas, their input limits and messages.
 *
 * Pure and program-free: the program's rules (rates, brackets, rebate bands, the registered-deal
 * bonus, clawback bands) come in as parameters, from the program defaults (src/program/defaults.ts)
 * in the tool and from hand-written rules in the tests. What each result says is in view.ts and
 * clawback-view.ts.
 *
 * Rates and shares are percentages written as plain numbers (20 means 20%). Money results are
 * rounded to the cent at the end of each formula.
 */
import {
  checkLimits,
  moneyLimit,
  percentLimit,
  roundToCents,
  withoutNegativeZero,
  type FieldErrors,
  type Limit,
} from '../../calculator/limits';
import { rateLimits } from '../../calculator/settings';
import { clawbackShare, type ClawbackBand, type ClawbackWindow } from '../../lib/clawback';

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

// The bracket list's rules and its URL format are in brackets-model.ts; the chart's geometry in chart-view.ts.

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
// Reseller: the partner buys at a discount off list and sells at list, and earns volume rebates.

/** A volume rebate band: `rate` applies to the part of the annual volume from `from` up to `upTo` (open: null). */
export interface RebateBand {
  readonly from: number;
  readonly upTo: number | null;
  readonly rate: number;
}

/** The program's reseller rules (content/program.yaml `resale`). */
export interface ResellerRules {
  /** Margin points added when the deal was registered before the quote. */
  readonly registeredBonus: number;
  /** Lowest first, not overlapping (the program schema checks both). */
  readonly rebates: readonly RebateBand[];
}

export interface RebateSlice {
  /** The part of the volume inside one band. */
  volume: number;
  rate: number;
  amount: number;
}

export interface VolumeRebate {
  rebate: number;
  /** The rebate as a percentage of the whole volume; 0 for no volume. */
  effectiveRate: number;
  /** One slice per band the volume reaches into. */
  slices: RebateSlice[];
}

/** Marginal rebates: each band's rate on the volume inside the band, summed. */
export function volumeRebate(volume: number, bands: readonly RebateBand[]): VolumeRebate {
  const slices = bands.flatMap(({ from, upTo, rate }) => {
    const inside = Math.min(volume, upTo ?? volume) - from;
    return inside > 0 ? [{ volume: inside, rate, amount: (inside * rate) / 100 }] : [];
  });
  const rebate = roundToCents(slices.reduce((sum, slice) => sum + slice.amount, 0));
  return {
    rebate,
    effectiveRate: volume > 0 ? withoutNegativeZero((rebate / volume) * 100) : 0,
    slices: slices.map((slice) => ({ ...slice, amount: roundToCents(slice.amount) })),
  };
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

export function validateReseller(input: ResellerInput, registeredBonus: number): FieldErrors<keyof ResellerInput> {
  const errors = checkLimits(input, resellerLimits);
  if (!errors.margin && !errors.registered && input.margin + input.registered * registeredBonus > 100) {
    errors.margin = `With ${registeredBonus} points for a registered deal the margin would pass 100%: enter at most ${100 - registeredBonus}.`;
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
  /** The year's volume rebate; null when no volume was given. */
  rebate: VolumeRebate | null;
}

export function resellerEconomics(
  { list, margin, registered, volume }: ResellerInput,
  { registeredBonus, rebates }: ResellerRules,
): ResellerResult {
  const effectiveMargin = withoutNegativeZero(margin + registered * registeredBonus);
  const partnerProfit = roundToCents((list * effectiveMargin) / 100);
  return {
    effectiveMargin,
    partnerCost: roundToCents(list - partnerProfit),
    partnerProfit,
    rebate: volume === undefined ? null : volumeRebate(volume, rebates),
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

export function clawback(
  { commission, day }: ClawbackInput,
  bands: readonly ClawbackBand[],
): { clawback: number; share: number; window: ClawbackWindow | null } {
  const { share, window } = clawbackShare(day, bands);
  // A commission typed with fractions of a cent must not round up into a clawback above it.
  const amount = Math.min(commission, roundToCents((commission * share) / 100));
  return { clawback: withoutNegativeZero(amount), share, window };
}
