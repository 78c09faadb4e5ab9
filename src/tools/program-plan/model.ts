/**
 * The partner program business case: from a company new-ARR target to the partners, partner
 * managers, MDF and money it takes to source a share of it through partners, and what each
 * dollar of partner-sourced ARR costs against selling direct.
 *
 * The chain and its names mirror /tools/program-plan/ and the worked example on
 * /strategy/business-case/; update them together.
 *
 *   sourced        = arr × share / 100
 *   dealsNeeded    = ⌈sourced / deal⌉
 *   activePartners = ⌈dealsNeeded / deals⌉
 *   signedPartners = ⌈activePartners / (active / 100)⌉
 *   managers       = ⌈signedPartners / capacity⌉
 *   payoutCost     = sourced × payout / 100        (costs rounded to cents)
 *   mdfCost        = activePartners × mdf
 *   teamCost       = managers × pmCost
 *   programCost    = payoutCost + mdfCost + teamCost + tooling
 *   costPerDollar  = programCost / sourced
 *   roi            = (sourced − programCost) / programCost, as a %
 *   advantage      = directCost − costPerDollar, when directCost is given
 */
import {
  checkLimits,
  MAX_MONEY,
  moneyLimit,
  percentLimit,
  roundToCents,
  type FieldErrors,
  type Limit,
} from '../../calculator/limits';

export interface PlanInput {
  /** Company new-ARR target for the year. */
  arr: number;
  /** % of the target to be partner-sourced. */
  share: number;
  /** Average partner-sourced deal, first-year value. */
  deal: number;
  /** Closed deals per active partner per year. */
  deals: number;
  /** % of signed partners that are active. */
  active: number;
  /** Partners one partner manager can run. */
  capacity: number;
  /** Fully loaded annual cost of a partner manager. */
  pmCost: number;
  /** Blended commission or margin, % of sourced revenue. */
  payout: number;
  /** Average MDF per active partner per year. */
  mdf: number;
  /** Annual PRM, portal and tracking cost. */
  tooling: number;
  /** Cost of $1 of new ARR through direct sales; optional. */
  directCost?: number | undefined;
}
export type PlanField = keyof PlanInput;

// Every divisor has a positive floor, so no accepted input can divide by zero.
export const planLimits: Record<PlanField, Limit> = {
  arr: { min: 1, max: MAX_MONEY },
  share: { min: 0.1, max: 100 },
  deal: { min: 1, max: MAX_MONEY },
  deals: { min: 0.1, max: 10_000 },
  active: { min: 1, max: 100 },
  capacity: { min: 1, max: 10_000, integer: true },
  pmCost: moneyLimit,
  payout: percentLimit,
  mdf: moneyLimit,
  tooling: moneyLimit,
  directCost: { min: 0, max: 100, required: false },
};

export function validatePlan(input: PlanInput): FieldErrors<PlanField> {
  return checkLimits(input, planLimits);
}

export interface PlanResult {
  sourced: number;
  dealsNeeded: number;
  activePartners: number;
  signedPartners: number;
  managers: number;
  payoutCost: number;
  mdfCost: number;
  teamCost: number;
  programCost: number;
  costPerDollar: number;
  /** Null when the program costs nothing, so there is no return to divide by. */
  roi: number | null;
  /** Null without a direct cost to compare with. */
  advantage: number | null;
}

/**
 * ⌈a / b⌉ for positive b, without the float noise that turns an exact division such as
 * 0.3 / 0.1 into 3.0000000000000004 and so adds a unit nobody needs.
 *
 * Only noise is forgiven: a quotient within a few units in the last place of a whole number
 * (two roundings, each half an ulp, can put it there). A wider, fixed relative tolerance would
 * swallow real remainders on large counts: at 1e-9, 2,000,000,001 deals ÷ 2 would need
 * 1,000,000,000 partners and leave a deal uncovered.
 */
const NOISE = 4 * Number.EPSILON;

export function ceilDivide(a: number, b: number): number {
  if (a <= 0) return 0;
  const quotient = a / b;
  const nearest = Math.round(quotient);
  if (nearest > 0 && Math.abs(quotient - nearest) <= NOISE * nearest) return nearest;
  return Math.max(1, Math.ceil(quotient));
}

export function programPlan(input: PlanInput): PlanResult {
  const sourced = (input.arr * input.share) / 100;
  const dealsNeeded = ceilDivide(sourced, input.deal);
  const activePartners = ceilDivide(dealsNeeded, input.deals);
  const signedPartners = ceilDivide(activePartners * 100, input.active);
  const managers = ceilDivide(signedPartners, input.capacity);
  // Costs are paid in cents. Rounding them also keeps a cost too small to pay (a tooling budget
  // of 5e-324) from dividing the return into Infinity.
  const payoutCost = roundToCents((sourced * input.payout) / 100);
  const mdfCost = roundToCents(activePartners * input.mdf);
  const teamCost = roundToCents(managers * input.pmCost);
  const programCost = roundToCents(payoutCost + mdfCost + teamCost + input.tooling);
  const costPerDollar = programCost / sourced;
  return {
    sourced,
    dealsNeeded,
    activePartners,
    signedPartners,
    managers,
    payoutCost,
    mdfCost,
    teamCost,
    programCost,
    costPerDollar,
    roi: programCost > 0 ? ((sourced - programCost) / programCost) * 100 : null,
    advantage: input.directCost === undefined ? null : input.directCost - costPerDollar,
  };
}

export type PlanOutput = keyof PlanResult;

/** What each output is worked out from directly: fields and earlier outputs (see the header). */
const planSteps: Readonly<Record<PlanOutput, readonly (PlanField | PlanOutput)[]>> = {
  sourced: ['arr', 'share'],
  dealsNeeded: ['sourced', 'deal'],
  activePartners: ['dealsNeeded', 'deals'],
  signedPartners: ['activePartners', 'active'],
  managers: ['signedPartners', 'capacity'],
  payoutCost: ['sourced', 'payout'],
  mdfCost: ['activePartners', 'mdf'],
  teamCost: ['managers', 'pmCost'],
  programCost: ['payoutCost', 'mdfCost', 'teamCost', 'tooling'],
  costPerDollar: ['programCost', 'sourced'],
  roi: ['programCost', 'sourced'],
  advantage: ['costPerDollar', 'directCost'],
};

/** The fields `step` depends on, all the way back to the target. */
function fieldsBehind(step: PlanField | PlanOutput): PlanField[] {
  if (!(step in planSteps)) return [step as PlanField];
  return [...new Set(planSteps[step as PlanOutput].flatMap(fieldsBehind))];
}

/**
 * The fields each output depends on, all the way back to the target: a bad or empty field blanks
 * exactly the outputs listed against it and leaves the rest of the chain standing.
 */
export const planNeeds: Readonly<Record<PlanOutput, readonly PlanField[]>> = Object.fromEntries(
  (Object.keys(planSteps) as PlanOutput[]).map((output) => [output, fieldsBehind(output)] as const),
) as Record<PlanOutput, PlanField[]>;

/** The smallest accepted value of every field: stands in for a missing one whose outputs are then dropped. */
const stand = Object.fromEntries(Object.entries(planLimits).map(([field, limit]) => [field, limit.min ?? 0])) as Record<
  PlanField,
  number
>;

/**
 * The outputs that the given fields are enough to work out. `values` holds only accepted fields;
 * a field left out (bad, or an optional one left empty) drops every output that needs it.
 */
export function partialPlan(values: Partial<PlanInput>): Partial<PlanResult> {
  const missing = (Object.keys(planLimits) as PlanField[]).filter((field) => values[field] === undefined);
  const result = programPlan({ ...stand, directCost: undefined, ...values });
  return Object.fromEntries(
    (Object.keys(result) as PlanOutput[])
      .filter((output) => !planNeeds[output].some((field) => missing.includes(field)))
      .map((output) => [output, result[output]]),
  ) as Partial<PlanResult>;
}

/** The figures of content/program.yaml the planner starts from (see src/program/schema.ts). */
export interface PlanningFigures {
  planning: {
    newArrTarget: number;
    averageDeal: number;
    dealsPerActivePartner: number;
    partnersPerManager: number;
    managerCost: number;
    blendedPayout: number;
    mdfPerActivePartner: number;
    tooling: number;
    directCostPerDollar?: number | undefined;
  };
  targets: { sourcedShare: number; activationRate: number };
}

/** The program's planning assumptions as planner input: the page and the business case open with them. */
export function planFromProgram({ planning, targets }: PlanningFigures): PlanInput {
  return {
    arr: planning.newArrTarget,
    share: targets.sourcedShare,
    deal: planning.averageDeal,
    deals: planning.dealsPerActivePartner,
    active: targets.activationRate,
    capacity: planning.partnersPerManager,
    pmCost: planning.managerCost,
    payout: planning.blendedPayout,
    mdf: planning.mdfPerActivePartner,
    tooling: planning.tooling,
    directCost: planning.directCostPerDollar,
  };
}

/** The planner's address for an input, so a page can link to the plan it works through. */
export function planLink(input: PlanInput): string {
  const query = new URLSearchParams();
  for (const [field, value] of Object.entries(input)) if (value !== undefined) query.set(field, String(value));
  return `/tools/program-plan/?${query.toString()}`;
}

/**
 * The month in which a new program's booked first-year value, less the payout on it, first
 * covers what the program has cost so far. Used by the worked example on /strategy/business-case/.
 *
 * A simple model, stated there: team, MDF and tooling are spent evenly over the year from month 1;
 * partners close nothing for `rampMonths` (the time to a first deal) and then close the year's
 * sourced target evenly over the remaining months; payout is paid as deals close. Null when the
 * year ends before the program pays back.
 */
export function paybackMonth(result: PlanResult, tooling: number, rampMonths: number): number | null {
  const monthlySpend = (result.teamCost + result.mdfCost + tooling) / 12;
  const sellingMonths = 12 - rampMonths;
  if (sellingMonths <= 0) return null;
  const monthlyNet = (result.sourced - result.payoutCost) / sellingMonths;
  for (let month = 1; month <= 12; month++) {
    const earned = monthlyNet * Math.max(0, month - rampMonths);
    if (earned > 0 && earned >= monthlySpend * month) return month;
  }
  return null;
}

/** Days to a first deal as whole months of ramp, rounded up: a partner 91 days in has used 4 months. */
export const rampMonths = (daysToFirstDeal: number): number => Math.ceil(daysToFirstDeal / 30);
