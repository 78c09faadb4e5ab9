/**
 * The partner tiers as the calculators see them: a ladder read from the program file (three tiers,
 * five, any ids and names), and what it takes to reach each tier. Shared by the settings model, the
 * tier qualifier, the co-marketing budget and the commission tool. The ladder itself is built at
 * build time by src/program/defaults.ts and reaches the browser in `data-defaults`.
 *
 * Public API
 * - `TierInfo` — `{ id, name, unlocks }`; `unlocks` is what the tier adds over the one below it.
 * - `TierRequirement` — `{ revenue, referrals, certified }`. A partner meets it when
 *   (revenue ≥ `revenue` OR referrals ≥ `referrals`) AND certified ≥ `certified`. `null` means
 *   that path does not exist for the tier (the core example's top tier has no referral path) or,
 *   for `certified`, that no certification is required.
 * - `TierRules` — one requirement per earned tier id (every tier but the first, which a partner
 *   reaches by signing the agreement).
 * - `TierLadder` — `{ tiers, rules }`, lowest tier first.
 * - `entryTier(tiers)`, `earnedTiers(tiers)`, `tierName(tiers, id)`, `isTierOf(tiers, value)`,
 *   `tierChoices(tiers)` (the sentence a bad tier value gets).
 * - `TierPresetId`, `tierPresetIds`: `detailed` (our program) and `core` (the shipped example
 *   program content/programs/core.yaml); see src/program/defaults.ts.
 * - `tierRuleErrors(rules, tiers, where)` — human-readable problems with a set of custom rules
 *   (negative or fractional values, no path at all, a higher tier easier than a lower one).
 */

/** A tier id from the program file. */
export type Tier = string;

export interface TierInfo {
  readonly id: Tier;
  readonly name: string;
  /** What this tier adds over the one below it, in the program's words. */
  readonly unlocks: readonly string[];
}

export interface TierRequirement {
  /** Partner revenue over the trailing 12 months, in the program currency. */
  readonly revenue: number | null;
  /** Qualified referrals over the same period. */
  readonly referrals: number | null;
  /** People at the partner who hold the certification. */
  readonly certified: number | null;
}

/** One requirement per earned tier id. */
export type TierRules = Readonly<Record<Tier, TierRequirement>>;

export interface TierLadder {
  /** Lowest first; the first is the tier a signed partner starts at. */
  readonly tiers: readonly TierInfo[];
  readonly rules: TierRules;
}

export const tierPresetIds = ['core', 'detailed'] as const;
export type TierPresetId = (typeof tierPresetIds)[number];

export function entryTier(tiers: readonly TierInfo[]): TierInfo {
  const first = tiers[0];
  if (!first) throw new Error('A tier ladder needs at least one tier.');
  return first;
}

export function earnedTiers(tiers: readonly TierInfo[]): readonly TierInfo[] {
  return tiers.slice(1);
}

export function tierName(tiers: readonly TierInfo[], id: Tier): string {
  return tiers.find((tier) => tier.id === id)?.name ?? id;
}

export function isTierOf(tiers: readonly TierInfo[], value: unknown): value is Tier {
  return typeof value === 'string' && tiers.some((tier) => tier.id === value);
}

/** "Choose registered, silver, gold or platinum." for the ladder at hand. */
export function tierChoices(tiers: readonly TierInfo[]): string {
  const ids = tiers.map((tier) => tier.id);
  return `Choose ${ids.length > 1 ? `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}` : ids.join('')}.`;
}

const metricWords: Record<keyof TierRequirement, string> = {
  revenue: 'revenue',
  referrals: 'referrals',
  certified: 'certified people',
};
const metrics = ['revenue', 'referrals', 'certified'] as const;

/** Problems with a set of tier rules, each naming the tier and field; empty when the rules are usable. */
export function tierRuleErrors(rules: TierRules, tiers: readonly TierInfo[], where = 'Custom thresholds'): string[] {
  const errors: string[] = [];
  const earned = earnedTiers(tiers);
  for (const tier of earned) {
    const requirement = rules[tier.id];
    if (!requirement) {
      errors.push(`${where}: ${tier.name} has no thresholds.`);
      continue;
    }
    for (const metric of metrics) {
      const value = requirement[metric];
      if (value === null) continue;
      if (!Number.isFinite(value) || value < 0) {
        errors.push(`${where}: ${tier.name} ${metricWords[metric]} must be a number of at least 0.`);
      } else if (metric !== 'revenue' && !Number.isInteger(value)) {
        errors.push(`${where}: ${tier.name} ${metricWords[metric]} must be a whole number.`);
      }
    }
    if (requirement.revenue === null && requirement.referrals === null) {
      errors.push(`${where}: ${tier.name} needs a revenue threshold, a referral threshold or both.`);
    }
  }
  earned.forEach((higher, index) => {
    const lower = earned[index - 1];
    if (!lower) return;
    for (const metric of metrics) {
      const low = rules[lower.id]?.[metric] ?? null;
      const high = rules[higher.id]?.[metric] ?? null;
      if (low !== null && high !== null && high < low) {
        errors.push(
          `${where}: ${higher.name} ${metricWords[metric]} (${high}) must not be lower than ${lower.name} (${low}).`,
        );
      }
    }
  });
  return errors;
}
