/**
 * What /tools/program-plan/ shows for an input: each output's value, text and formula, the
 * sentence comparing partners with direct sales, and the two charts (the funnel from target to
 * managers, and the cost split). ProgramPlan.astro renders it on the server and `pp-program-plan`
 * after every change, so every string and every bar is worked out once, here.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { partialPlan, type PlanInput, type PlanOutput, type PlanResult } from './model';

export const planOutputs = [
  'sourced',
  'dealsNeeded',
  'activePartners',
  'signedPartners',
  'managers',
  'payoutCost',
  'mdfCost',
  'teamCost',
  'programCost',
  'costPerDollar',
  'roi',
  'advantage',
] as const satisfies readonly PlanOutput[];

export const planOutputLabels: Readonly<Record<PlanOutput, string>> = {
  sourced: 'Partner-sourced ARR target',
  dealsNeeded: 'Partner-sourced deals needed',
  activePartners: 'Active partners needed',
  signedPartners: 'Signed partners needed',
  managers: 'Partner managers needed',
  payoutCost: 'Commission and margin',
  mdfCost: 'MDF pool',
  teamCost: 'Partner team',
  programCost: 'Program cost for the year',
  costPerDollar: 'Program cost per 1 of sourced ARR',
  roi: 'Return on program cost',
  advantage: 'Saving per 1 of ARR against direct',
};

/** Ratios of cost to ARR are read to three decimals (0.382), like the planning assumption. */
const ratio = (value: number) => formatNumber(value, 3);
const whole = (value: number) => formatNumber(value, 0);

/** "100 ÷ 4 = 25", or "25 ÷ 60% = 41.67, rounded up to 42" when rounding added a unit. */
function roundedUp(terms: string, exact: number, result: number): string {
  const close = Math.abs(exact - result) <= 1e-9 * Math.max(1, result);
  return `${terms} = ${formatNumber(exact)}${close ? '' : `, rounded up to ${whole(result)}`}`;
}

export interface PlanView {
  readonly outputs: Readonly<Record<PlanOutput, OutputView>>;
  /** Whether partners are cheaper than direct, in one sentence; "" without a direct cost. */
  readonly verdict: string;
  readonly chart: PlanChart;
}

/**
 * `values` holds the accepted fields only. A field missing from it blanks what depends on it;
 * `directCost` missing because it was left empty asks for it instead (`directCostBlank`).
 */
export function planView(
  values: Partial<PlanInput>,
  money: (amount: number) => string,
  directCostBlank = values.directCost === undefined,
): PlanView {
  const result = partialPlan(values);
  const { arr = 0, share = 0, deal = 0, deals = 0, active = 0, capacity = 0 } = values;
  const { pmCost = 0, payout = 0, mdf = 0, tooling = 0, directCost = 0 } = values;
  const r = result as PlanResult;
  const make: Record<PlanOutput, () => OutputView> = {
    sourced: () =>
      shown(r.sourced, money(r.sourced), formatFormula([money(arr), '×', formatPercent(share, 2)], money(r.sourced))),
    dealsNeeded: () =>
      shown(
        r.dealsNeeded,
        whole(r.dealsNeeded),
        roundedUp(`${money(r.sourced)} ÷ ${money(deal)}`, r.sourced / deal, r.dealsNeeded),
      ),
    activePartners: () =>
      shown(
        r.activePartners,
        whole(r.activePartners),
        roundedUp(`${whole(r.dealsNeeded)} ÷ ${formatNumber(deals)}`, r.dealsNeeded / deals, r.activePartners),
      ),
    signedPartners: () =>
      shown(
        r.signedPartners,
        whole(r.signedPartners),
        roundedUp(
          `${whole(r.activePartners)} ÷ ${formatPercent(active, 2)}`,
          (r.activePartners * 100) / active,
          r.signedPartners,
        ),
      ),
    managers: () =>
      shown(
        r.managers,
        whole(r.managers),
        roundedUp(`${whole(r.signedPartners)} ÷ ${whole(capacity)}`, r.signedPartners / capacity, r.managers),
      ),
    payoutCost: () =>
      shown(
        r.payoutCost,
        money(r.payoutCost),
        formatFormula([money(r.sourced), '×', formatPercent(payout, 2)], money(r.payoutCost)),
      ),
    mdfCost: () =>
      shown(r.mdfCost, money(r.mdfCost), formatFormula([whole(r.activePartners), '×', money(mdf)], money(r.mdfCost))),
    teamCost: () =>
      shown(r.teamCost, money(r.teamCost), formatFormula([whole(r.managers), '×', money(pmCost)], money(r.teamCost))),
    programCost: () =>
      shown(
        r.programCost,
        money(r.programCost),
        formatFormula(
          [money(r.payoutCost), '+', money(r.mdfCost), '+', money(r.teamCost), '+', money(tooling)],
          money(r.programCost),
        ),
      ),
    costPerDollar: () =>
      shown(
        r.costPerDollar,
        ratio(r.costPerDollar),
        formatFormula([money(r.programCost), '÷', money(r.sourced)], ratio(r.costPerDollar)),
      ),
    roi: () =>
      r.roi === null
        ? noResult('A program that costs nothing has no return to work out.')
        : shown(
            r.roi,
            formatPercent(r.roi, 2),
            `(${money(r.sourced)} − ${money(r.programCost)}) ÷ ${money(r.programCost)} = ${formatPercent(r.roi, 2)}`,
          ),
    advantage: () =>
      r.advantage === null
        ? noResult()
        : shown(
            r.advantage,
            ratio(r.advantage),
            formatFormula([ratio(directCost), '−', ratio(r.costPerDollar)], ratio(r.advantage)),
          ),
  };
  const outputs = Object.fromEntries(
    planOutputs.map((name) => [
      name,
      result[name] === undefined
        ? noResult(name === 'advantage' && directCostBlank ? 'Enter the direct cost to compare.' : '')
        : make[name](),
    ]),
  ) as Record<PlanOutput, OutputView>;
  return { outputs, verdict: verdict(result, directCost), chart: planChart(result, tooling, money) };
}

/** The plain answer to "are partners cheaper than selling direct?". */
export function verdict(result: Partial<PlanResult>, directCost: number): string {
  const { costPerDollar, advantage } = result;
  if (costPerDollar === undefined || advantage === undefined || advantage === null) return '';
  const partner = ratio(costPerDollar);
  const direct = ratio(directCost);
  if (Math.abs(advantage) < 0.0005) {
    return `Partners and direct sales cost about the same: ${partner} per 1 of new ARR.`;
  }
  const share = directCost > 0 ? `, ${formatPercent((Math.abs(advantage) / directCost) * 100, 0)} ` : ' ';
  return advantage > 0
    ? `Partners are cheaper than direct sales: each 1 of partner-sourced ARR costs ${partner} against ${direct} direct${share}less.`
    : `Direct sales are cheaper than this program: each 1 of partner-sourced ARR costs ${partner} against ${direct} direct${share}more.`;
}

/* The charts: one SVG each, drawn from these numbers on the server and again in the browser. */

export const chartWidth = 480;
/** Left edge of the bars; the row labels sit above them. */
const barLeft = 0;
const barSpace = chartWidth - barLeft;
const round1 = (value: number) => Math.round(value * 10) / 10;

export const funnelSteps = ['sourced', 'dealsNeeded', 'activePartners', 'signedPartners', 'managers'] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export const costParts = ['payoutCost', 'mdfCost', 'teamCost', 'tooling'] as const;
export type CostPart = (typeof costParts)[number];

export const costLabels: Readonly<Record<CostPart, string>> = {
  payoutCost: 'Commission and margin',
  mdfCost: 'MDF',
  teamCost: 'Partner team',
  tooling: 'Tooling',
};

export interface PlanChart {
  /** One bar per step: the target in full, then each count against the largest count. */
  readonly funnel: readonly { step: FunnelStep; text: string; width: number }[];
  readonly funnelDescription: string;
  /** One stacked segment per cost, left to right, as a share of the program cost. */
  readonly costs: readonly { part: CostPart; text: string; x: number; width: number }[];
  readonly costDescription: string;
}

export function planChart(result: Partial<PlanResult>, tooling: number, money: (amount: number) => string): PlanChart {
  const counts = funnelSteps.slice(1).map((step) => result[step] ?? 0);
  const largest = Math.max(1, ...counts);
  const funnel = funnelSteps.map((step) => {
    const value = result[step];
    if (value === undefined) return { step, text: `${planOutputLabels[step]}: —`, width: 0 };
    const text = `${planOutputLabels[step]}: ${step === 'sourced' ? money(value) : whole(value)}`;
    const width = step === 'sourced' ? barSpace : round1((value / largest) * barSpace);
    return { step, text, width };
  });
  const funnelDescription = funnel.some((row) => row.text.endsWith('—'))
    ? 'The funnel needs every field up to partner managers.'
    : `From the target to the team: ${funnel.map((row) => row.text).join(', then ')}.`;

  const amounts: Record<CostPart, number | undefined> = {
    payoutCost: result.payoutCost,
    mdfCost: result.mdfCost,
    teamCost: result.teamCost,
    tooling: result.programCost === undefined ? undefined : tooling,
  };
  const total = result.programCost;
  let x = barLeft;
  const costs = costParts.map((part) => {
    const amount = amounts[part];
    if (amount === undefined || total === undefined) return { part, text: `${costLabels[part]}: —`, x, width: 0 };
    const share = total > 0 ? (amount / total) * 100 : 0;
    const width = round1((share / 100) * barSpace);
    const segment = {
      part,
      text: `${costLabels[part]}: ${money(amount)} (${formatPercent(share, 0)})`,
      x: round1(x),
      width,
    };
    x += width;
    return segment;
  });
  const costDescription =
    total === undefined
      ? 'The cost split needs every cost field.'
      : `Program cost of ${money(total)}: ${costs.map((segment) => segment.text).join(', ')}.`;
  return { funnel, funnelDescription, costs, costDescription };
}
