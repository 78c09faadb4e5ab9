/**
 * What /tools/tier-qualifier/ shows for an input: the tier and why, the next tier, each gap with
 * its formula, progress, what the next tier unlocks, the tier under the coming rules and the
 * summary sentence. TierQualifier.astro renders it on the server and `pp-tier-qualifier` after
 * every change, so every string is written once, here. Rules: model.ts.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { entryTier, tierName, type Tier, type TierLadder, type TierRules } from '../../lib/tiers';
import { nextStepSentence, qualifyTier, type QualifierInput, type QualifierResult } from './model';

/** The page's example (its prose walks through the same numbers): Silver, heading for Gold. */
export const qualifierExample = {
  revenue: 30_000,
  referrals: 3,
  certified: 1,
  signed: true,
} as const satisfies QualifierInput;

export const qualifierOutputs = ['tier', 'next', 'revenueGap', 'referralGap', 'certifiedGap', 'progress'] as const;
type QualifierOutput = (typeof qualifierOutputs)[number] | 'upcomingTier';

export interface QualifierOptions {
  readonly money: (amount: number) => string;
  /** Co-marketing base allocation per tier id, as the reader's settings have it. */
  readonly baseAllocations: Readonly<Record<Tier, number>>;
  /** Our program's rules after the next dated change; only given for our program's ladder. */
  readonly upcoming?: { readonly from: string; readonly rules: TierRules } | undefined;
}

export interface QualifierView {
  /** Keyed by output name: the outputs in `qualifierOutputs`, plus `upcomingTier`. */
  readonly outputs: Readonly<Record<QualifierOutput, OutputView>>;
  /** Whether the coming-rules result is shown (it differs from today's). */
  readonly upcomingShown: boolean;
  /** Progress bar value, 0 to 100, its text and the name of the tier it leads to. */
  readonly progressPercent: number;
  readonly progressText: string;
  readonly progressTo: string;
  readonly benefitsHeading: string;
  readonly benefits: readonly string[];
  readonly summary: string;
}

/** Names the requirement that earned the tier, with the reader's numbers. */
function tierReason(result: QualifierResult, values: QualifierInput, ladder: TierLadder): string {
  const name = (id: Tier) => tierName(ladder.tiers, id);
  if (result.tier === 'none') return 'no signed partner agreement';
  const requirement = ladder.rules[result.tier];
  if (!requirement) return `signed agreement; ${result.next ? name(result.next) : 'the next tier'} not yet met`;
  const path =
    requirement.revenue !== null && values.revenue >= requirement.revenue
      ? `revenue ${formatNumber(values.revenue)} ≥ ${formatNumber(requirement.revenue)}`
      : `referrals ${formatNumber(values.referrals)} ≥ ${formatNumber(requirement.referrals ?? 0)}`;
  const certification =
    requirement.certified !== null
      ? ` and certified ${formatNumber(values.certified)} ≥ ${formatNumber(requirement.certified)}`
      : '';
  return `${path}${certification} for ${name(result.tier)}`;
}

function gapView(
  gap: number | null,
  threshold: number | null,
  value: number,
  emptyText: string,
  format: (amount: number) => string,
): OutputView {
  if (gap === null || threshold === null) return shown('', emptyText);
  const formula =
    gap > 0
      ? formatFormula([threshold, '−', value], gap)
      : `${formatNumber(value)} ≥ ${formatNumber(threshold)}: already met`;
  return shown(gap, format(gap), formula);
}

/** The view for fields that did not pass validation: no result anywhere. */
export function invalidQualifierView(): QualifierView {
  return {
    outputs: Object.fromEntries([...qualifierOutputs, 'upcomingTier'].map((name) => [name, noResult()])) as Record<
      QualifierOutput,
      OutputView
    >,
    upcomingShown: false,
    progressPercent: 0,
    progressText: '—',
    progressTo: 'the next tier',
    benefitsHeading: 'Fix the highlighted fields to see what the next tier unlocks.',
    benefits: [],
    summary: 'No tier yet: fix the highlighted fields.',
  };
}

export function qualifierView(values: QualifierInput, ladder: TierLadder, options: QualifierOptions): QualifierView {
  const { money, baseAllocations, upcoming } = options;
  const name = (id: Tier) => tierName(ladder.tiers, id);
  const entry = entryTier(ladder.tiers);
  const top = ladder.tiers.at(-1) ?? entry;
  const result = qualifyTier(values, ladder);
  const { next } = result;
  const requirement = next && next !== entry.id ? ladder.rules[next] : undefined;
  const notApplicable = (path: string) =>
    next === null
      ? 'Top tier reached'
      : next === entry.id
        ? 'Not needed: sign the agreement'
        : `No ${path} path to ${name(next)}`;

  const later = upcoming ? qualifyTier(values, { tiers: ladder.tiers, rules: upcoming.rules }).tier : result.tier;
  const upcomingShown = upcoming !== undefined && later !== result.tier;

  const percent = result.progress * 100;
  const shownTier = next ?? (result.tier === 'none' ? entry.id : result.tier);
  const base = baseAllocations[shownTier] ?? 0;
  const unlocks = ladder.tiers.find((tier) => tier.id === shownTier)?.unlocks ?? [];

  return {
    outputs: {
      tier: shown(result.tier, result.tier === 'none' ? 'None' : name(result.tier), tierReason(result, values, ladder)),
      next: shown(next ?? '', next ? name(next) : `None: ${top.name} is the top tier`),
      revenueGap: gapView(
        result.revenueGap,
        requirement?.revenue ?? null,
        values.revenue,
        notApplicable('revenue'),
        money,
      ),
      referralGap: gapView(
        result.referralGap,
        requirement?.referrals ?? null,
        values.referrals,
        notApplicable('referral'),
        formatNumber,
      ),
      certifiedGap: gapView(
        result.certifiedGap,
        requirement?.certified ?? null,
        values.certified,
        requirement ? `Not required for ${name(next!)}` : notApplicable('certification'),
        formatNumber,
      ),
      progress: shown(result.progress, formatPercent(percent, 0)),
      upcomingTier: upcomingShown && upcoming ? shown(later, `${name(later)}, from ${upcoming.from}`) : noResult(),
    },
    upcomingShown,
    progressPercent: percent,
    progressText: formatPercent(percent, 0),
    progressTo: next ? name(next) : 'the top tier',
    benefitsHeading: next ? `What ${name(next)} unlocks` : `${name(shownTier)}, the top tier, includes`,
    benefits: [
      ...(shownTier !== entry.id && base > 0 ? [`A co-marketing base allocation of ${money(base)} a year`] : []),
      ...unlocks,
    ],
    summary: nextStepSentence(result, ladder, money),
  };
}
