/**
 * "Your program": the settings every calculator reads — currency, tier thresholds, base
 * co-marketing allocations, default commission rates, reseller margins and commission brackets.
 * Saved in the browser and moved between browsers as a JSON file; see /tools/settings/, whose
 * prose describes each field.
 *
 * Public API
 * - `Settings` (and its parts `DefaultRates`, `CommissionBracket`), `ProgramDefaults`. The
 *   defaults themselves live in src/program/defaults.ts; callers pass them in.
 * - Reading and writing the settings file: src/calculator/settings-file.ts.
 * - `activeTierRules(settings, defaults)` — the ladder and thresholds the chosen preset stands for.
 * - `rateLimits` — what each default rate accepts (the commission tool's fields use them too).
 * - `SETTINGS_VERSION`, `MAX_SETTINGS_FILE_BYTES`, `MAX_BRACKETS`.
 */
import type { CurrencyCode } from '../lib/format';
import { percentLimit, type Limit } from './limits';
import type { Tier, TierInfo, TierLadder, TierPresetId, TierRules } from '../lib/tiers';

export const SETTINGS_VERSION = 1;
export const MAX_SETTINGS_FILE_BYTES = 100_000;
/** Brackets a tiered plan may have, in the settings and in the commission tool. */
export const MAX_BRACKETS = 10;

export interface DefaultRates {
  /** Referral fee, % of first-year value. */
  readonly referral: number;
  /** Recurring revenue share, % of annual value. */
  readonly recurring: number;
  /** Months a recurring share is paid for. */
  readonly recurringMonths: number;
  /** The partner-sourced rate that an influenced deal takes a share of, %. */
  readonly influenced: number;
  /** The influenced share of the sourced rate, %. */
  readonly influencedShare: number;
  /** Affiliate commission, % of revenue. */
  readonly affiliate: number;
}

export interface CommissionBracket {
  /** Upper edge of the bracket in the program currency; `null` for the open top bracket. */
  readonly upTo: number | null;
  /** Commission rate in the bracket, %. */
  readonly rate: number;
}

export type TierPresetChoice = TierPresetId | 'custom';

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  readonly currency: CurrencyCode;
  /** Which thresholds the tier qualifier uses; `custom` means `customTiers`. */
  readonly tierPreset: TierPresetChoice;
  readonly customTiers: TierRules;
  /** Annual co-marketing (MDF) base allocation per tier id. */
  readonly baseAllocations: Readonly<Record<Tier, number>>;
  readonly rates: DefaultRates;
  /** Reseller margin off list price per tier, %. */
  readonly resellerMargins: Readonly<Record<Tier, number>>;
  /** Tiered commission brackets, lowest first; the last one is open (`upTo: null`). */
  readonly commissionBrackets: readonly CommissionBracket[];
}

/** The program's defaults (src/program/defaults.ts): the settings a new reader starts with and the tier presets. */
export interface ProgramDefaults {
  readonly settings: Settings;
  /** Our program's tiers, lowest first. */
  readonly tiers: readonly TierInfo[];
  /** The tier the calculators' examples start at: the middle of the ladder (Gold of four tiers). */
  readonly typicalTier: Tier;
  /** `detailed`: our program's ladder; `core`: the shipped example program's (team build). */
  readonly tierPresets: Readonly<Record<TierPresetId, TierLadder>>;
  /** The program health targets (content/program.yaml `targets`). */
  readonly healthTargets: {
    readonly sourcedShare: number;
    readonly influencedShare: number;
    readonly activationRate: number;
    readonly partnerNps: number;
    readonly daysToFirstDeal: number;
  };
  /** The commission tool's rules beyond its default rates (content/program.yaml `commission`, `resale`, `dealRegistration`). */
  readonly commissionRules: {
    /** The tiered plan's method: each slice at its bracket's rate, or the whole volume at the rate reached. */
    readonly tieredMethod: 'marginal' | 'whole';
    /** Margin points a registered deal adds (`resale.registeredBonus`). */
    readonly registeredBonus: number;
    /** Volume rebate bands, marginal: each rate applies to the annual volume inside its band (`resale.rebates`). */
    readonly rebates: readonly { readonly from: number; readonly upTo: number | null; readonly rate: number }[];
    /** Share of a paid commission returned on a cancellation before `beforeDay` (`dealRegistration.clawback`). */
    readonly clawback: readonly {
      readonly beforeDay: number;
      readonly share: number;
      readonly proRata?: boolean | undefined;
    }[];
  };
  /** The program's tier rules after its next dated change, when that change alters them. */
  readonly upcomingTiers?: { readonly from: string; readonly rules: TierRules } | undefined;
  /** The co-marketing budget's multiplier ranges (content/program.yaml `mdf.multipliers`). */
  readonly multipliers: {
    readonly pipeline: { readonly min: number; readonly max: number };
    readonly strategic: { readonly min: number; readonly max: number };
  };
}

export function activeTierRules(settings: Settings, defaults: ProgramDefaults): TierLadder {
  return settings.tierPreset === 'custom'
    ? { tiers: defaults.tiers, rules: settings.customTiers }
    : defaults.tierPresets[settings.tierPreset];
}

/** What each default rate accepts; the commission tool's fields use the same limits. */
export const rateLimits: Readonly<Record<keyof DefaultRates, Limit>> = {
  referral: percentLimit,
  recurring: percentLimit,
  // Ten years: longer revenue shares are rare and are better modelled as a perpetual share.
  recurringMonths: { min: 1, max: 120, integer: true },
  influenced: percentLimit,
  influencedShare: percentLimit,
  affiliate: percentLimit,
};
