/**
 * Which partner tier a partner has reached, what the next tier needs, and what it unlocks.
 * The page that states the same rules is /tools/tier-qualifier/ (thresholds in src/lib/tiers.ts,
 * mirrored on /program/tiers-and-benefits/); update them together.
 *
 * Rules
 * - Without a signed partner agreement there is no tier (`none`); the next step is Registered.
 * - A signed partner is Registered, or the highest earned tier whose requirement they meet:
 *   (revenue ≥ threshold OR referrals ≥ threshold) AND certified ≥ threshold, where a missing
 *   path (`null`) cannot be used and a missing certification threshold asks for nothing.
 *   Raising revenue, referrals or certified people therefore never lowers the tier.
 * - Gaps are what is still missing on each path to the next tier, never negative, and `null`
 *   where that path does not exist for the next tier (core Platinum has no referral path) or
 *   there is no next tier.
 * - Progress towards the next tier is the better of the two paths (each capped at 100%); when the
 *   next tier also asks for certified people, progress is the mean of that and the share of
 *   certified people in place, so neither half can be skipped.
 *
 * Public API: `qualifyTier(input, rules)`, `meetsRequirement(input, requirement)`,
 * `tierBenefits`, `nextStepSentence(result, money)`, `QualifierInput`, `QualifierResult`.
 */
import { earnedTierIds, tierLabels, type Tier, type TierRequirement, type TierRules } from '../../lib/tiers';

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

export function qualifyTier(input: QualifierInput, rules: TierRules): QualifierResult {
  if (!input.signed) {
    return { tier: 'none', next: 'registered', revenueGap: null, referralGap: null, certifiedGap: null, progress: 0 };
  }
  let tier: Tier = 'registered';
  for (const candidate of earnedTierIds) {
    if (meetsRequirement(input, rules[candidate])) tier = candidate;
  }
  const next = tier === 'registered' ? 'silver' : (earnedTierIds[earnedTierIds.indexOf(tier) + 1] ?? null);
  if (next === null) {
    return { tier, next: null, revenueGap: null, referralGap: null, certifiedGap: null, progress: 1 };
  }

  const requirement = rules[next];
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

/**
 * What each tier adds over the one below it, from the seed's tier table and the upstream
 * benefits matrix. Money (the co-marketing base allocation) comes from the reader's settings,
 * so the page adds it separately.
 */
export const tierBenefits: Readonly<Record<Tier, readonly string[]>> = {
  registered: [
    'Basic access to the partner portal',
    'Permission to use the partner logo',
    'Self-serve training',
    'Standard support response times',
  ],
  silver: [
    'Full partner portal access and live training sessions',
    'Deal registration',
    'A basic listing in the partner directory',
    'Sales support by email and a 24-hour support response',
    'Invitations to attend partner events',
  ],
  gold: [
    'A dedicated partner manager',
    'Joint campaigns',
    'A dedicated sales engineer',
    'A featured directory listing and full lead sharing',
    'Quarterly executive access and early (beta) product access',
    'Event sponsorship slots and a 4-hour support response',
  ],
  platinum: [
    'Custom pricing',
    'An executive sponsor and a senior partner manager',
    'A named sales engineer and priority lead sharing',
    'A spotlight directory listing and keynote slots at events',
    'Monthly executive access and the earliest (alpha) product access',
    'A 1-hour support response',
  ],
};

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** One sentence saying where the partner stands and what the next tier still needs. */
export function nextStepSentence(result: QualifierResult, money: (amount: number) => string): string {
  if (result.tier === 'none') return 'No tier yet: signing the partner agreement makes the partner Registered.';
  const current = tierLabels[result.tier];
  if (result.next === null) return `${current}: the top tier.`;
  const next = tierLabels[result.next];
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
