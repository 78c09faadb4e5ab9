/**
 * Which partner tier a partner has reached, what the next tier needs, and what it unlocks.
 * The page that states the same rules is /tools/tier-qualifier/ (thresholds in src/lib/tiers.ts,
 * mirrored on /program/tiers-and-benefits/); update them together.
 *
 * Rules
 * - The ladder is the program's (src/lib/tiers.ts): any number of tiers, lowest first.
 * - Without a signed partner agreement there is no tier (`none`); the next step is the entry tier.
 * - A signed partner is at the entry tier, or the highest earned tier whose requirement they meet:
 *   (revenue ≥ threshold OR referrals ≥ threshold) AND certified ≥ threshold, where a missing
 *   path (`null`) cannot be used and a missing certification threshold asks for nothing.
 *   Raising revenue, referrals or certified people therefore never lowers the tier.
 * - Gaps are what is still missing on each path to the next tier, never negative, and `null`
 *   where that path does not exist for the next tier (the core example's top tier has no referral path) or
 *   there is no next tier.
 * - Progress towards the next tier is the better of the two paths (each capped at 100%); when the
 *   next tier also asks for certified people, progress is the mean of that and the share of
 *   certified people in place, so neither half can be skipped.
 *
 * Public API: `qualifyTier(input, ladder)`, `meetsRequirement(input, requirement)`,
 * `nextStepSentence(result, ladder, money)`, `QualifierInput`, `QualifierResult`. What each tier
 * unlocks is the program's benefits matrix (`TierInfo.unlocks`).
 */
import { earnedTiers, entryTier, tierName, type Tier, type TierLadder, type TierRequirement } from '../../lib/tiers';

export interface QualifierInput {
  /** Partner revenue over the trailing 12 months. */
  readonly revenue: number;
  /** Qualified referrals over the same period. */
  readonly referrals: number;
  /** People at the partner who hold the certification. */
  readonly certified: number;
  /** Whether the partner agreement is signed. */
  readonly signed: boolean;
}

export interface QualifierResult {
  readonly tier: Tier | 'none';
  /** The next tier up, or null at the top. */
  readonly next: Tier | null;
  readonly revenueGap: number | null;
  readonly referralGap: number | null;
  readonly certifiedGap: number | null;
  /** 0 to 1 towards `next`; 1 at the top tier. */
  readonly progress: number;
}

export function meetsRequirement(input: QualifierInput, requirement: TierRequirement): boolean {
  const byRevenue = requirement.revenue !== null && input.revenue >= requirement.revenue;
  const byReferrals = requirement.referrals !== null && input.referrals >= requirement.referrals;
  const certified = requirement.certified === null || input.certified >= requirement.certified;
  return (byRevenue || byReferrals) && certified;
}

const gap = (threshold: number | null, value: number) => (threshold === null ? null : Math.max(0, threshold - value));
const share = (value: number, threshold: number) => (threshold <= 0 ? 1 : Math.min(1, Math.max(0, value / threshold)));

export function qualifyTier(input: QualifierInput, ladder: TierLadder): QualifierResult {
  const entry = entryTier(ladder.tiers).id;
  if (!input.signed) {
    return { tier: 'none', next: entry, revenueGap: null, referralGap: null, certifiedGap: null, progress: 0 };
  }
  const earned = earnedTiers(ladder.tiers).map((tier) => tier.id);
  let tier: Tier = entry;
  for (const candidate of earned) {
    const requirement = ladder.rules[candidate];
    if (requirement && meetsRequirement(input, requirement)) tier = candidate;
  }
  const next = earned[tier === entry ? 0 : earned.indexOf(tier) + 1] ?? null;
  const requirement = next === null ? undefined : ladder.rules[next];
  if (next === null || !requirement) {
    return { tier, next: null, revenueGap: null, referralGap: null, certifiedGap: null, progress: 1 };
  }

  const pathProgress = Math.max(
    requirement.revenue === null ? 0 : share(input.revenue, requirement.revenue),
    requirement.referrals === null ? 0 : share(input.referrals, requirement.referrals),
  );
  const progress =
    requirement.certified === null ? pathProgress : (pathProgress + share(input.certified, requirement.certified)) / 2;
  return {
    tier,
    next,
    revenueGap: gap(requirement.revenue, input.revenue),
    referralGap: gap(requirement.referrals, input.referrals),
    certifiedGap: gap(requirement.certified, input.certified),
    progress,
  };
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** One sentence saying where the partner stands and what the next tier still needs. */
export function nextStepSentence(
  result: QualifierResult,
  ladder: TierLadder,
  money: (amount: number) => string,
): string {
  const name = (id: Tier) => tierName(ladder.tiers, id);
  if (result.tier === 'none') {
    return `No tier yet: signing the partner agreement makes the partner ${entryTier(ladder.tiers).name}.`;
  }
  const current = name(result.tier);
  if (result.next === null) return `${current}: the top tier.`;
  const next = name(result.next);
  const pathMet = result.revenueGap === 0 || result.referralGap === 0;
  const paths = [
    result.revenueGap !== null && result.revenueGap > 0 && `${money(result.revenueGap)} more revenue`,
    result.referralGap !== null &&
      result.referralGap > 0 &&
      plural(result.referralGap, 'more referral', 'more referrals'),
  ].filter((text): text is string => typeof text === 'string');
  const certified =
    result.certifiedGap !== null && result.certifiedGap > 0
      ? plural(result.certifiedGap, 'more certified person', 'more certified people')
      : null;
  if (pathMet && certified)
    return `${current}. ${next} needs ${certified}; the revenue or referral requirement is already met.`;
  const need = paths.join(' or ');
  return `${current}. ${next} needs ${need}${certified ? `, plus ${certified}` : ''}.`;
}
