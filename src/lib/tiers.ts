/**
 * The partner tiers and what it takes to reach each one. Shared by the settings model, the tier
 * qualifier and the co-marketing budget. The thresholds mirror /program/tiers-and-benefits/ and
 * /tools/tier-qualifier/: update them together.
 *
 * Public API
 * - `tierIds` (registered, silver, gold, platinum), `Tier`; `earnedTierIds` (silver, gold,
 *   platinum: the tiers reached by results rather than by signing), `EarnedTier`; `tierLabels`.
 * - `TierRequirement` — `{ revenue, referrals, certified }`. A partner meets it when
 *   (revenue ≥ `revenue` OR referrals ≥ `referrals`) AND certified ≥ `certified`. `null` means
 *   that path does not exist for the tier (core Platinum has no referral path) or, for
 *   `certified`, that no certification is required.
 * - `TierRules` — one requirement per earned tier.
 * - `TierPresetId`, `tierPresetIds`: `core` (the seed's table, the default) and `detailed` (the
 *   upstream rules with certifications); their thresholds are in src/program/defaults.ts.
 * - `tierRuleErrors(rules, where)` — human-readable problems with a set of custom rules
 *   (negative or fractional values, no path at all, a higher tier easier than a lower one).
 */

export const tierIds = ['registered', 'silver', 'gold', 'platinum'] as const;
export type Tier = (typeof tierIds)[number];

export const earnedTierIds = ['silver', 'gold', 'platinum'] as const;
export type EarnedTier = (typeof earnedTierIds)[number];

export const tierLabels: Record<Tier | 'none', string> = {
  none: 'None',
  registered: 'Registered',
  silver: 'Silver',
  gold: 'Gold',
  platinum: 'Platinum',
};

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (tierIds as readonly string[]).includes(value);
}

export interface TierRequirement {
  /** Partner revenue over the trailing 12 months, in the program currency. */
  readonly revenue: number | null;
  /** Qualified referrals over the same period. */
  readonly referrals: number | null;
  /** People at the partner who hold the certification. */
  readonly certified: number | null;
}

export type TierRules = Readonly<Record<EarnedTier, TierRequirement>>;

export const tierPresetIds = ['core', 'detailed'] as const;
export type TierPresetId = (typeof tierPresetIds)[number];

const metricWords: Record<keyof TierRequirement, string> = {
  revenue: 'revenue',
  referrals: 'referrals',
  certified: 'certified people',
};

/** Problems with a set of tier rules, each naming the tier and field; empty when the rules are usable. */
export function tierRuleErrors(rules: TierRules, where = 'Custom thresholds'): string[] {
  const errors: string[] = [];
  for (const tier of earnedTierIds) {
    const requirement = rules[tier];
    for (const metric of ['revenue', 'referrals', 'certified'] as const) {
      const value = requirement[metric];
      if (value === null) continue;
      if (!Number.isFinite(value) || value < 0) {
        errors.push(`${where}: ${tierLabels[tier]} ${metricWords[metric]} must be a number of at least 0.`);
      } else if (metric !== 'revenue' && !Number.isInteger(value)) {
        errors.push(`${where}: ${tierLabels[tier]} ${metricWords[metric]} must be a whole number.`);
      }
    }
    if (requirement.revenue === null && requirement.referrals === null) {
      errors.push(`${where}: ${tierLabels[tier]} needs a revenue threshold, a referral threshold or both.`);
    }
  }
  for (const [lower, higher] of [
    ['silver', 'gold'],
    ['gold', 'platinum'],
  ] as const) {
    for (const metric of ['revenue', 'referrals', 'certified'] as const) {
      const low = rules[lower][metric];
      const high = rules[higher][metric];
      if (low !== null && high !== null && high < low) {
        errors.push(
          `${where}: ${tierLabels[higher]} ${metricWords[metric]} (${high}) must not be lower than ${tierLabels[lower]} (${low}).`,
        );
      }
    }
  }
  return errors;
}
