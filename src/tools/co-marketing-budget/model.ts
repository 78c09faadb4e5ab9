/**
 * Co-marketing (MDF) budgets: one partner's budget and a portfolio of partners sharing a pool.
 * The page that states the same rules is /tools/co-marketing-budget/; update both together.
 *
 * Rule (the co-marketing investment formula):
 *   budget = tier base allocation × pipeline potential × strategic value
 * Each multiplier has the range the program sets (content/program.yaml `mdf.multipliers`,
 * `ProgramDefaults.multipliers`), so a budget always lies between base × both minima and
 * base × both maxima (`budgetRange`).
 *
 * Portfolio: each partner requests its formula budget. When the requests fit in the pool every
 * partner gets its request (scale 1). When they exceed it, every request is scaled by the same
 * factor, pool ÷ total requested, so each partner keeps its share of the total. Allocations are
 * worked in whole cents and the cents lost to rounding go to the largest remainders, so the
 * allocations add up to the pool exactly and never exceed it. The pool is at least one cent.
 *
 * Public API: `MultiplierRange`, `Multipliers`, `within`, `partnerBudget`, `budgetRange`,
 * `requestCents`, `planPortfolio`, `PortfolioPartner`, `PortfolioPlan`, `MAX_PORTFOLIO_ROWS`,
 * `MAX_PARTNER_NAME_LENGTH`, `partnerFields`, `portfolioCsvHeader`; reading a portfolio CSV is `parsePortfolioCsv`
 * in csv-model.ts.
 */
import type { Tier } from '../../lib/tiers';

/** What a multiplier accepts, both ends included; it is also the field's `Limit`. */
export interface MultiplierRange {
  readonly min: number;
  readonly max: number;
}

/** The program's multiplier ranges (`ProgramDefaults.multipliers`). */
export interface Multipliers {
  readonly pipeline: MultiplierRange;
  readonly strategic: MultiplierRange;
}

/** `value` moved into `range`: a page example or a new row's starting value that the program allows. */
export const within = (range: MultiplierRange, value: number): number =>
  Math.min(range.max, Math.max(range.min, value));

export const MAX_PORTFOLIO_ROWS = 200;
export const MAX_PARTNER_NAME_LENGTH = 100;

export interface BudgetInput {
  /** The tier's annual base allocation (or an override), in the program currency. */
  readonly base: number;
  readonly pipeline: number;
  readonly strategic: number;
}

export function partnerBudget({ base, pipeline, strategic }: BudgetInput): number {
  return base * pipeline * strategic;
}

/** The lowest and highest budget a base allocation can produce, computed as `partnerBudget` computes. */
export function budgetRange(base: number, { pipeline, strategic }: Multipliers): MultiplierRange {
  return {
    min: partnerBudget({ base, pipeline: pipeline.min, strategic: strategic.min }),
    max: partnerBudget({ base, pipeline: pipeline.max, strategic: strategic.max }),
  };
}

export interface PortfolioPartner {
  readonly name: string;
  readonly tier: Tier;
  readonly pipeline: number;
  readonly strategic: number;
}

export interface PortfolioPlan {
  /** Per partner, in input order. */
  readonly rows: readonly { readonly requested: number; readonly allocated: number }[];
  readonly requested: number;
  readonly allocated: number;
  /** Share of each request that is funded: 1 when the pool covers every request, else pool ÷ requested. */
  readonly scale: number;
}

/** A partner's request in whole cents: its formula budget on its tier's base allocation. */
export const requestCents = (partner: PortfolioPartner, baseAllocations: Readonly<Record<Tier, number>>): number =>
  Math.round(partnerBudget({ base: baseAllocations[partner.tier] ?? 0, ...partner }) * 100);

export function planPortfolio(
  partners: readonly PortfolioPartner[],
  pool: number,
  baseAllocations: Readonly<Record<Tier, number>>,
): PortfolioPlan {
  const requestedCents = partners.map((partner) => requestCents(partner, baseAllocations));
  const totalCents = requestedCents.reduce((sum, cents) => sum + cents, 0);
  const poolCents = Math.max(0, Math.floor(pool * 100 + 1e-6));

  if (totalCents <= poolCents) {
    return {
      rows: requestedCents.map((cents) => ({ requested: cents / 100, allocated: cents / 100 })),
      requested: totalCents / 100,
      allocated: totalCents / 100,
      scale: 1,
    };
  }

  const scale = poolCents / totalCents;
  const exact = requestedCents.map((cents) => cents * scale);
  const allocatedCents = exact.map((share, index) => Math.min(Math.floor(share), requestedCents[index] ?? 0));
  // Hand out the cents lost to rounding down, largest remainder first, never above a request.
  let leftover = poolCents - allocatedCents.reduce((sum, cents) => sum + cents, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (leftover <= 0) break;
    if ((allocatedCents[index] ?? 0) < (requestedCents[index] ?? 0)) {
      allocatedCents[index] = (allocatedCents[index] ?? 0) + 1;
      leftover -= 1;
    }
  }
  // Floating-point products can round a share up by a cent; take any excess back, smallest remainder first.
  for (const { index } of byRemainder.toReversed()) {
    if (leftover >= 0) break;
    if ((allocatedCents[index] ?? 0) > 0) {
      allocatedCents[index] = (allocatedCents[index] ?? 0) - 1;
      leftover += 1;
    }
  }
  const allocatedTotal = allocatedCents.reduce((sum, cents) => sum + cents, 0);
  return {
    rows: requestedCents.map((cents, index) => ({
      requested: cents / 100,
      allocated: (allocatedCents[index] ?? 0) / 100,
    })),
    requested: totalCents / 100,
    allocated: allocatedTotal / 100,
    scale,
  };
}

/** A planner row's fields, in column order: its controls' `data-field`s, the `partner` parameter's cells, the CSV's columns. */
export const partnerFields = ['name', 'tier', 'pipeline', 'strategic'] as const;
export const portfolioCsvHeader = [...partnerFields, 'requested', 'allocated'] as const;
