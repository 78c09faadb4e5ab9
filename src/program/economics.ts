/**
 * What a partner sitting exactly at an earned tier's revenue threshold costs us, against the
 * program's guardrails. The worst case pays the larger of the tier's referral commission and
 * its resale margin (a partner earns one or the other on a deal, never both), plus the tier's
 * MDF allocation and its cost to serve. Stated on /program/tiers-and-benefits/ (break-even
 * section) through the `economics` fact table; update both together.
 *
 * Public API
 * - `tierEconomics(program)` → one `TierEconomics` row per earned tier that has a revenue path.
 */
import type { Program } from './load';

/** The parts of a program the economics read; a whole `Program` fits, and so does a small test fixture. */
export type EconomicsInput = Pick<Program, 'guardrails'> & {
  readonly tiers: readonly {
    readonly id: string;
    readonly name: string;
    readonly requires?: { readonly revenue?: number | undefined } | undefined;
  }[];
  readonly commission: { readonly referral: Readonly<Record<string, number>> };
  readonly resale: { readonly margin: Readonly<Record<string, number>> };
  readonly mdf: { readonly allocation: Readonly<Record<string, number>> };
  readonly costToServe: Readonly<Record<string, number>>;
};

export interface TierEconomics {
  readonly id: string;
  readonly name: string;
  /** The tier's revenue threshold: partner-sourced first-year value over the measurement window. */
  readonly revenue: number;
  readonly commissionRate: number;
  readonly commission: number;
  readonly marginRate: number;
  readonly margin: number;
  /** The larger of commission and margin: what the partner costs us at worst on that revenue. */
  readonly worstCasePayout: number;
  readonly mdf: number;
  readonly costToServe: number;
  readonly totalCost: number;
  /** Total cost as a % of revenue. */
  readonly costShare: number;
  /** Revenue left after the total cost. */
  readonly contribution: number;
  readonly withinMaxCostShare: boolean;
  readonly meetsMinContribution: boolean;
}

export function tierEconomics(program: EconomicsInput): TierEconomics[] {
  const { maxCostShare, minContribution } = program.guardrails;
  // A tier reached only by referrals has no revenue threshold to price, so it has no row.
  return program.tiers.slice(1).flatMap((t) => {
    const revenue = t.requires?.revenue;
    if (revenue === undefined) return [];
    const commissionRate = program.commission.referral[t.id] ?? 0;
    const marginRate = program.resale.margin[t.id] ?? 0;
    const commission = (revenue * commissionRate) / 100;
    const margin = (revenue * marginRate) / 100;
    const worstCasePayout = Math.max(commission, margin);
    const mdf = program.mdf.allocation[t.id] ?? 0;
    const costToServe = program.costToServe[t.id] ?? 0;
    const totalCost = worstCasePayout + mdf + costToServe;
    // A zero threshold earns nothing, so every cost is wholly uncovered: report it as 100% or more.
    const costShare = revenue === 0 ? (totalCost === 0 ? 0 : Infinity) : (totalCost / revenue) * 100;
    const contribution = revenue - totalCost;
    return [
      {
        id: t.id,
        name: t.name,
        revenue,
        commissionRate,
        commission,
        marginRate,
        margin,
        worstCasePayout,
        mdf,
        costToServe,
        totalCost,
        costShare,
        contribution,
        // A share that equals the limit in decimal (110,000 of 200,000 against 55%) must not fail on float noise.
        withinMaxCostShare: costShare <= maxCostShare + 1e-9,
        meetsMinContribution: contribution >= minContribution,
      },
    ];
  });
}
