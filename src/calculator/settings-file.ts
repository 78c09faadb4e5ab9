/**
 * The settings file: reading one (from an import, or from this browser's storage) and writing one.
 * Only the settings page loads this up front; a calculator loads it when the browser has saved
 * settings (src/calculator/settings-store.ts). The settings themselves: src/calculator/settings.ts.
 *
 * Public API
 * - `parseSettings(value: unknown, fallback, tiers)` → `{ ok: true, settings }` or `{ ok: false, errors }`.
 *   `tiers` is the program's ladder: tier-keyed fields accept its ids and no others.
 *   Accepts a whole or partial settings object (missing fields keep their defaults, so an
 *   older export still loads); rejects wrong types, unknown fields, negative or out-of-range
 *   numbers, unknown currency codes and inconsistent thresholds or brackets, with one
 *   human-readable sentence per problem. A caller applies nothing unless `ok` is true.
 * - `parseSettingsJson(text, fallback, tiers)` — the same for the text of an imported file, with a clear message
 *   for text that is not JSON or is too large.
 * - `settingsToJson(settings)` — the text of an export file.
 */
import { currencyCodes, isCurrencyCode } from '../lib/format';
import { MAX_MONEY, type Limit } from './limits';
import {
  earnedTiers,
  tierPresetIds,
  tierRuleErrors,
  type Tier,
  type TierInfo,
  type TierRequirement,
  type TierRules,
} from '../lib/tiers';
import {
  MAX_BRACKETS,
  MAX_SETTINGS_FILE_BYTES,
  rateLimits,
  SETTINGS_VERSION,
  type CommissionBracket,
  type DefaultRates,
  type Settings,
  type TierPresetChoice,
} from './settings';

export type SettingsResult =
  { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly errors: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text “${value.length > 20 ? `${value.slice(0, 20)}…` : value}”`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'not a finite number';
  return `${typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
}

/** Collects problems while reading one object; each check returns the value or the fallback. */
class Reader {
  readonly errors: string[] = [];

  unknownKeys(value: Record<string, unknown>, known: readonly string[], where: string): void {
    const extra = Object.keys(value).filter((key) => !known.includes(key));
    if (extra.length > 0) {
      const names = extra.map((key) => `“${key.slice(0, 40)}”`).join(', ');
      this.errors.push(
        `${where}: unknown field${extra.length > 1 ? 's' : ''} ${names}. Remove ${extra.length > 1 ? 'them' : 'it'} or check the spelling.`,
      );
    }
  }

  object(value: unknown, where: string): Record<string, unknown> | undefined {
    if (value === undefined) return undefined;
    if (isRecord(value)) return value;
    this.errors.push(`${where} must be an object with named fields, but is ${describe(value)}.`);
    return undefined;
  }

  number(
    value: unknown,
    fallback: number,
    where: string,
    { min = 0, max = MAX_MONEY, integer = false }: Limit = {},
  ): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.errors.push(`${where} must be a number, but is ${describe(value)}.`);
      return fallback;
    }
    if (value < min || value > max) {
      const range =
        max !== MAX_MONEY ? `from ${min} to ${max}` : value < min ? `at least ${min}` : `at most ${MAX_MONEY}`;
      this.errors.push(`${where} must be ${range}, but is ${value}.`);
      return fallback;
    }
    if (integer && !Number.isInteger(value)) {
      this.errors.push(`${where} must be a whole number, but is ${value}.`);
      return fallback;
    }
    return value;
  }

  /** An object keyed by tier id, with any other key reported. */
  tierKeyed(value: unknown, tiers: readonly TierInfo[], where: string): Record<string, unknown> | undefined {
    const record = this.object(value, where);
    if (record)
      this.unknownKeys(
        record,
        tiers.map((tier) => tier.id),
        where,
      );
    return record;
  }

  /** A threshold: a number of at least 0, or null for "no such path". */
  threshold(value: unknown, fallback: number | null, where: string, integer: boolean): number | null {
    if (value === null) return null;
    if (value === undefined) return fallback;
    return this.number(value, fallback ?? 0, where, { integer });
  }
}

function readTierRecord(
  reader: Reader,
  value: unknown,
  fallback: Readonly<Record<Tier, number>>,
  tiers: readonly TierInfo[],
  where: string,
  limits: { max?: number },
): Record<Tier, number> {
  const result: Record<Tier, number> = {};
  for (const tier of tiers) result[tier.id] = fallback[tier.id] ?? 0;
  const record = reader.tierKeyed(value, tiers, where);
  if (!record) return result;
  for (const tier of tiers) {
    result[tier.id] = reader.number(record[tier.id], result[tier.id]!, `${where} for ${tier.name}`, limits);
  }
  return result;
}

const noPath: TierRequirement = { revenue: null, referrals: null, certified: null };

function readCustomTiers(reader: Reader, value: unknown, fallback: TierRules, tiers: readonly TierInfo[]): TierRules {
  const where = 'Custom thresholds';
  const earned = earnedTiers(tiers);
  const record = reader.tierKeyed(value, earned, where);
  if (!record) return fallback;
  const result: Record<string, TierRequirement> = {};
  for (const { id, name } of earned) {
    const tierWhere = `${where} for ${name}`;
    const requirement = reader.object(record[id], tierWhere);
    const base = fallback[id] ?? noPath;
    if (!requirement) {
      result[id] = base;
      continue;
    }
    reader.unknownKeys(requirement, ['revenue', 'referrals', 'certified'], tierWhere);
    result[id] = {
      revenue: reader.threshold(requirement['revenue'], base.revenue, `${tierWhere}: revenue`, false),
      referrals: reader.threshold(requirement['referrals'], base.referrals, `${tierWhere}: referrals`, true),
      certified: reader.threshold(requirement['certified'], base.certified, `${tierWhere}: certified people`, true),
    };
  }
  reader.errors.push(...tierRuleErrors(result, tiers, where));
  return result;
}

function readBrackets(reader: Reader, value: unknown, fallback: readonly CommissionBracket[]): CommissionBracket[] {
  const where = 'Commission brackets';
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BRACKETS) {
    reader.errors.push(`${where} must be a list of 1 to ${MAX_BRACKETS} brackets, but is ${describe(value)}.`);
    return [...fallback];
  }
  const brackets: CommissionBracket[] = [];
  value.forEach((item: unknown, index) => {
    const bracketWhere = `${where}, bracket ${index + 1}`;
    const record = reader.object(item, bracketWhere) ?? {};
    reader.unknownKeys(record, ['upTo', 'rate'], bracketWhere);
    const isLast = index === value.length - 1;
    const upToRaw = record['upTo'];
    let upTo: number | null = null;
    if (isLast) {
      if (upToRaw !== null && upToRaw !== undefined) {
        reader.errors.push(`${bracketWhere}: the last bracket is open-ended, so its upTo must be null.`);
      }
    } else if (upToRaw === null || upToRaw === undefined) {
      reader.errors.push(`${bracketWhere}: upTo is required for every bracket except the last.`);
    } else {
      upTo = reader.number(upToRaw, 0, `${bracketWhere}: upTo`, { min: 1 });
      const previous = brackets.at(-1)?.upTo;
      if (previous != null && upTo <= previous) {
        reader.errors.push(`${bracketWhere}: upTo (${upTo}) must be greater than the bracket before it (${previous}).`);
      }
    }
    const rate = reader.number(record['rate'], 0, `${bracketWhere}: rate`, { max: 100 });
    brackets.push({ upTo, rate });
  });
  return brackets;
}

const topLevelKeys = [
  'version',
  'currency',
  'tierPreset',
  'customTiers',
  'baseAllocations',
  'rates',
  'resellerMargins',
  'commissionBrackets',
] as const;

const rateLabels: Readonly<Record<keyof DefaultRates, string>> = {
  referral: 'Referral rate',
  recurring: 'Recurring rate',
  recurringMonths: 'Recurring months',
  influenced: 'Sourced rate for influenced deals',
  influencedShare: 'Influenced share',
  affiliate: 'Affiliate rate',
};

/** `fallback` gives every field the value leaves out: the program defaults. */
export function parseSettings(value: unknown, fallback: Settings, tiers: readonly TierInfo[]): SettingsResult {
  const reader = new Reader();
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [`Settings must be a JSON object with named fields, but the file holds ${describe(value)}.`],
    };
  }
  reader.unknownKeys(value, topLevelKeys, 'Settings');

  if (value['version'] !== undefined && value['version'] !== SETTINGS_VERSION) {
    reader.errors.push(`Settings version must be ${SETTINGS_VERSION}, but is ${describe(value['version'])}.`);
  }

  let currency = fallback.currency;
  if (value['currency'] !== undefined) {
    if (isCurrencyCode(value['currency'])) currency = value['currency'];
    else {
      const known = currencyCodes.join(', ');
      reader.errors.push(`Currency must be one of ${known}, but is ${describe(value['currency'])}.`);
    }
  }

  let tierPreset = fallback.tierPreset;
  const presetValue = value['tierPreset'];
  if (presetValue !== undefined) {
    if (presetValue === 'custom' || (tierPresetIds as readonly unknown[]).includes(presetValue)) {
      tierPreset = presetValue as TierPresetChoice;
    } else {
      reader.errors.push(`Tier preset must be “core”, “detailed” or “custom”, but is ${describe(presetValue)}.`);
    }
  }

  const customTiers = readCustomTiers(reader, value['customTiers'], fallback.customTiers, tiers);
  const baseAllocations = readTierRecord(
    reader,
    value['baseAllocations'],
    fallback.baseAllocations,
    tiers,
    'Base allocation',
    {},
  );
  const resellerMargins = readTierRecord(
    reader,
    value['resellerMargins'],
    fallback.resellerMargins,
    tiers,
    'Reseller margin',
    { max: 100 },
  );

  const rates = { ...fallback.rates };
  const ratesRecord = reader.object(value['rates'], 'Rates');
  if (ratesRecord) {
    reader.unknownKeys(ratesRecord, Object.keys(rateLimits), 'Rates');
    for (const key of Object.keys(rateLimits) as (keyof DefaultRates)[]) {
      rates[key] = reader.number(ratesRecord[key], fallback.rates[key], rateLabels[key], rateLimits[key]);
    }
  }

  const commissionBrackets = readBrackets(reader, value['commissionBrackets'], fallback.commissionBrackets);

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return {
    ok: true,
    settings: {
      version: SETTINGS_VERSION,
      currency,
      tierPreset,
      customTiers,
      baseAllocations,
      rates,
      resellerMargins,
      commissionBrackets,
    },
  };
}

export function parseSettingsJson(text: string, fallback: Settings, tiers: readonly TierInfo[]): SettingsResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return {
      ok: false,
      errors: [`The file is larger than ${MAX_SETTINGS_FILE_BYTES / 1000} KB; a settings file is far smaller.`],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 160) : '';
    return { ok: false, errors: [`The file is not valid JSON${reason ? ` (${reason})` : ''}.`] };
  }
  return parseSettings(value, fallback, tiers);
}

export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
