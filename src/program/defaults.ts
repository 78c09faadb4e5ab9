/**
 * The program's figures every calculator starts from: tier thresholds, co-marketing (MDF)
 * allocations, commission rates, reseller margins and commission brackets. This is the one place
 * they are written. Server code imports `defaults`; a calculator's .astro component hands them to
 * its element in `data-defaults` (see src/calculator/settings-store.ts), so the browser never
 * carries a second copy, and replacing this module's source (a program file read at build time)
 * changes every page and tool at once. Readers can override them per browser on /tools/settings/.
 */
import type { ProgramDefaults } from '../calculator/settings';
import type { TierRules } from '../lib/tiers';

// Seed table: Silver $10K revenue or 5 referrals, Gold $50K or 20, Platinum $200K+ revenue only.
const core: TierRules = {
  silver: { revenue: 10_000, referrals: 5, certified: null },
  gold: { revenue: 50_000, referrals: 20, certified: null },
  platinum: { revenue: 200_000, referrals: null, certified: null },
};

export const defaults: ProgramDefaults = {
  tierPresets: {
    core,
    // Upstream tier rules: $25K / $100K / $500K+ ARR or 5 / 20 / 50 referrals, plus 1 / 2 / 5 certified.
    detailed: {
      silver: { revenue: 25_000, referrals: 5, certified: 1 },
      gold: { revenue: 100_000, referrals: 20, certified: 2 },
      platinum: { revenue: 500_000, referrals: 50, certified: 5 },
    },
  },
  settings: {
    version: 1,
    currency: 'USD',
    tierPreset: 'core',
    // The custom thresholds start as a copy of the core table.
    customTiers: core,
    // Upstream MDF allocation table: Silver $5,000, Gold $25,000, Platinum $100,000+ a year.
    baseAllocations: { registered: 0, silver: 5_000, gold: 25_000, platinum: 100_000 },
    // Upstream commission examples: referral 20% of first year, 15% recurring for 24 months,
    // influenced deals at 50% of a 25% sourced rate; affiliate 25% (mid of the 20–30% benchmark).
    rates: { referral: 20, recurring: 15, recurringMonths: 24, influenced: 25, influencedShare: 50, affiliate: 25 },
    // Upstream reseller margins: standard 25%, Silver 30%, Gold 35%, Platinum 40%.
    resellerMargins: { registered: 25, silver: 30, gold: 35, platinum: 40 },
    // Upstream tiered example: 20% to 100K, 25% to 250K, 30% above.
    commissionBrackets: [
      { upTo: 100_000, rate: 20 },
      { upTo: 250_000, rate: 25 },
      { upTo: null, rate: 30 },
    ],
  },
};

/** `defaults` as the `data-defaults` attribute of a calculator element (read back with `readDefaults`). */
export const defaultsAttribute = JSON.stringify(defaults);
