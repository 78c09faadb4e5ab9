/**
 * What /tools/co-marketing-budget/ shows for an input: the single-partner budget with its formula,
 * the base field's hint and the summary sentence; the portfolio planner's per-row requests and
 * allocations, its totals, scale and summary; the multiplier hints, the budget's range and the
 * worked examples. PartnerBudget.astro and PortfolioPlanner.astro render them on the server and
 * `pp-co-marketing-budget` and `pp-portfolio-planner` after every change, so every string a reader
 * sees is written once, here. Rules: model.ts.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { rangeText } from '../../calculator/limits';
import { noResult, shown, type OutputView } from '../../calculator/view';
import type { Tier, TierInfo } from '../../lib/tiers';
import {
  budgetRange,
  partnerBudget,
  planPortfolio,
  requestCents,
  within,
  type Multipliers,
  type PortfolioPartner,
} from './model';

type Money = (amount: number) => string;
type BaseAllocations = Readonly<Record<Tier, number>>;

// ---- The page's examples and words that do not depend on the reader's input

/** The page's example partner (the page's prose walks through it): leads that convert well, a strong brand fit. */
export function budgetExample(multipliers: Multipliers): { pipeline: number; strategic: number } {
  return { pipeline: within(multipliers.pipeline, 1.5), strategic: within(multipliers.strategic, 1.2) };
}

/**
 * The planner's worked example: three partners from the top of the ladder down (Gold, Silver and
 * Platinum in a four-tier program) sharing a pool of 150,000.
 */
export function portfolioExample(
  tiers: readonly TierInfo[],
  multipliers: Multipliers,
): { pool: number; partners: PortfolioPartner[] } {
  const tierAt = (index: number) => tiers.at(index)?.id ?? '';
  const row = (name: string, tier: Tier, pipeline: number, strategic: number): PortfolioPartner => ({
    name,
    tier,
    pipeline: within(multipliers.pipeline, pipeline),
    strategic: within(multipliers.strategic, strategic),
  });
  return {
    pool: 150_000,
    partners: [
      row('Acme Analytics', tierAt(-2), 1.5, 1.2),
      row('Beacon Consulting', tierAt(1), 1, 1),
      row('Corda Systems', tierAt(-1), 1.5, 1),
    ],
  };
}

/** What a row added in the browser starts with: the first tier above the entry tier, neutral multipliers. */
export function newPartnerRow(tiers: readonly TierInfo[], multipliers: Multipliers): Omit<PortfolioPartner, 'name'> {
  return {
    tier: (tiers[1] ?? tiers[0])?.id ?? '',
    pipeline: within(multipliers.pipeline, 1),
    strategic: within(multipliers.strategic, 1),
  };
}

/** The words of planner row `index` (0-based): its group's name and its remove button. */
export function partnerRowWords(index: number): { legend: string; remove: string } {
  return { legend: `Partner ${index + 1}`, remove: `Remove partner ${index + 1}` };
}

/** The hints of the two multiplier fields and the budget's range, from the program's multiplier ranges. */
export function multiplierWords(multipliers: Multipliers): { pipeline: string; strategic: string; range: string } {
  const { min, max } = budgetRange(1, multipliers);
  return {
    pipeline: `A multiplier ${rangeText(multipliers.pipeline)}, by lead quality.`,
    strategic: `A multiplier ${rangeText(multipliers.strategic)}, by brand alignment.`,
    range: `A budget lies between ${formatNumber(min)} and ${formatNumber(max)} times the base.`,
  };
}

// ---- One partner

export interface BudgetInput {
  /** The chosen tier's name and its base allocation in the settings; null when the tier field is bad. */
  readonly tier: { readonly name: string; readonly base: number } | null;
  /** The typed fields (`base` null: left empty, so the tier's base applies); null when any is bad. */
  readonly values: { readonly base: number | null; readonly pipeline: number; readonly strategic: number } | null;
}

export interface BudgetView {
  readonly outputs: { readonly budget: OutputView };
  readonly summary: string;
  /** The base field's hint and placeholder: the tier base that an empty field stands for (null without a tier). */
  readonly base: { readonly hint: string; readonly placeholder: string } | null;
}

function baseField(tier: { readonly name: string; readonly base: number }): BudgetView['base'] {
  const placeholder = formatNumber(tier.base);
  return { hint: `Leave empty to use the tier's base from your settings (${tier.name}: ${placeholder}).`, placeholder };
}

export function budgetView({ tier, values }: BudgetInput, money: Money): BudgetView {
  const base = tier && baseField(tier);
  if (!tier || !values) {
    return { outputs: { budget: noResult() }, summary: 'No budget yet: fix the highlighted fields.', base };
  }
  const input = { ...values, base: values.base ?? tier.base };
  const budget = partnerBudget(input);
  const formula = formatFormula([input.base, '×', input.pipeline, '×', input.strategic], budget);
  return {
    outputs: { budget: shown(budget, money(budget), formula) },
    summary: `${tier.name} partner budget: ${money(budget)} (${formula}).`,
    base,
  };
}

// ---- A portfolio sharing one pool

/** Above this many partners the requested formula names the count instead of every term. */
const FORMULA_TERMS_LIMIT = 6;

export interface PortfolioView {
  /** Per row, in order: its request (for every valid row) and its allocation (once every field is valid). */
  readonly rows: readonly { readonly requested: OutputView; readonly allocated: OutputView }[];
  readonly outputs: {
    readonly requested: OutputView;
    readonly scale: OutputView;
    readonly allocated: OutputView;
  };
  readonly summary: string;
}

/** `partners` holds null for a row with a bad field; `pool` is null when the pool field is bad. */
export function portfolioView(
  partners: readonly (PortfolioPartner | null)[],
  pool: number | null,
  baseAllocations: BaseAllocations,
  money: Money,
): PortfolioView {
  const valid = partners.filter((partner) => partner !== null);
  // Only a plan for every row can share the pool; a valid row still shows its own request.
  const plan = pool !== null && valid.length === partners.length ? planPortfolio(valid, pool, baseAllocations) : null;
  const amount = (value: number | null | undefined) => (value == null ? noResult() : shown(value, money(value)));
  const rows = partners.map((partner, index) => ({
    requested: amount(partner && requestCents(partner, baseAllocations) / 100),
    allocated: amount(plan?.rows[index]?.allocated),
  }));
  if (pool === null || !plan) {
    const invalidRows = partners.length - valid.length;
    const problems = [
      pool === null && 'the pool',
      invalidRows > 0 && `${invalidRows} partner row${invalidRows > 1 ? 's' : ''}`,
    ].filter(Boolean);
    return {
      rows,
      outputs: { requested: noResult(), scale: noResult(), allocated: noResult() },
      summary: `No allocation yet: fix ${problems.join(' and ')}.`,
    };
  }

  const scale = formatNumber(plan.scale, 4);
  const count = plan.rows.length;
  return {
    rows,
    outputs: {
      requested: shown(
        plan.requested,
        money(plan.requested),
        count === 0
          ? 'no partners = 0'
          : count <= FORMULA_TERMS_LIMIT
            ? formatFormula(
                plan.rows.flatMap((row, index) => (index === 0 ? [row.requested] : ['+', row.requested])),
                plan.requested,
              )
            : `sum of ${count} requests = ${formatNumber(plan.requested)}`,
      ),
      scale: shown(
        plan.scale,
        `${scale} (${formatPercent(plan.scale * 100)})`,
        plan.scale < 1
          ? formatFormula([pool, '÷', plan.requested], scale)
          : `requests ${formatNumber(plan.requested)} ≤ pool ${formatNumber(pool)}, so 1`,
      ),
      allocated: shown(
        plan.allocated,
        money(plan.allocated),
        `each request × ${scale}, in whole cents = ${formatNumber(plan.allocated)}`,
      ),
    },
    summary:
      plan.scale < 1
        ? `Requests of ${money(plan.requested)} exceed the pool of ${money(pool)}: each partner gets ${formatPercent(plan.scale * 100)} of its request.`
        : `All requests (${money(plan.requested)}) fit in the pool of ${money(pool)}; ${money(pool - plan.allocated)} is left unallocated.`,
  };
}
