import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeTierRules, type ProgramDefaults, type Settings } from './settings';
import { parseSettings as parseAgainst, parseSettingsJson as parseJsonAgainst, settingsToJson } from './settings-file';

// A fixed set of defaults, so these tests check the parser and not any one program's figures
// (src/program/defaults.test.ts checks that the real defaults come from the program file).
const core = {
  silver: { revenue: 10_000, referrals: 5, certified: null },
  gold: { revenue: 50_000, referrals: 20, certified: null },
  platinum: { revenue: 200_000, referrals: null, certified: null },
};
const tiers = ['Registered', 'Silver', 'Gold', 'Platinum'].map((name) => ({
  id: name.toLowerCase(),
  name,
  unlocks: [],
}));
const defaults: ProgramDefaults = {
  healthTargets: { sourcedShare: 20, influencedShare: 40, activationRate: 60, partnerNps: 50, daysToFirstDeal: 90 },
  tiers,
  typicalTier: 'gold',
  commissionRules: { tieredMethod: 'marginal', registeredBonus: 5, rebates: [], clawback: [] },
  multipliers: { pipeline: { min: 0.5, max: 2 }, strategic: { min: 0.8, max: 1.5 } },
  tierPresets: {
    core: { tiers, rules: core },
    detailed: {
      tiers,
      rules: {
        silver: { revenue: 25_000, referrals: 5, certified: 1 },
        gold: { revenue: 100_000, referrals: 20, certified: 2 },
        platinum: { revenue: 500_000, referrals: 50, certified: 5 },
      },
    },
  },
  settings: {
    version: 1,
    currency: 'USD',
    tierPreset: 'core',
    customTiers: core,
    baseAllocations: { registered: 0, silver: 5_000, gold: 25_000, platinum: 100_000 },
    rates: { referral: 20, recurring: 15, recurringMonths: 24, influenced: 25, influencedShare: 50, affiliate: 25 },
    resellerMargins: { registered: 25, silver: 30, gold: 35, platinum: 40 },
    commissionBrackets: [
      { upTo: 100_000, rate: 20 },
      { upTo: 250_000, rate: 25 },
      { upTo: null, rate: 30 },
    ],
  },
};

const defaultSettings = defaults.settings;
const tierPresets = defaults.tierPresets;
/** The settings parsers as the tools call them, against the program defaults. */
const parseSettings = (value: unknown) => parseAgainst(value, defaultSettings, tiers);
const parseSettingsJson = (text: string) => parseJsonAgainst(text, defaultSettings, tiers);

function errorsOf(value: unknown): string[] {
  const result = parseSettings(value);
  return result.ok ? [] : result.errors;
}

describe('the program defaults', () => {
  it('passes its own validation and survives an export/import round trip', () => {
    expect(parseSettings(defaultSettings)).toEqual({ ok: true, settings: defaultSettings });
    expect(parseSettingsJson(settingsToJson(defaultSettings))).toEqual({ ok: true, settings: defaultSettings });
  });
});

describe('parseSettings accepts partial files', () => {
  it.each([
    ['an empty object', {}, defaultSettings],
    ['currency only', { currency: 'EUR' }, { ...defaultSettings, currency: 'EUR' }],
    [
      'one base allocation',
      { baseAllocations: { gold: 30000 } },
      { ...defaultSettings, baseAllocations: { ...defaultSettings.baseAllocations, gold: 30000 } },
    ],
    [
      'a custom platinum with a referral path',
      { tierPreset: 'custom', customTiers: { platinum: { referrals: 60 } } },
      {
        ...defaultSettings,
        tierPreset: 'custom',
        customTiers: { ...tierPresets.core.rules, platinum: { revenue: 200000, referrals: 60, certified: null } },
      },
    ],
  ] as const)('%s', (_case, input, expected) => {
    expect(parseSettings(input)).toEqual({ ok: true, settings: expected });
  });
});

describe('parseSettings rejects bad values with sentences that name the field', () => {
  it.each([
    [
      'a list instead of an object',
      [1, 2],
      'Settings must be a JSON object with named fields, but the file holds a list.',
    ],
    ['null', null, 'Settings must be a JSON object with named fields, but the file holds empty (null).'],
    ['a number', 42, 'Settings must be a JSON object with named fields, but the file holds 42.'],
    [
      'an unknown currency code',
      { currency: 'XYZ' },
      /^Currency must be one of USD, EUR, .*, but is the text “XYZ”\.$/,
    ],
    ['a lower-case currency code', { currency: 'usd' }, /^Currency must be one of .* but is the text “usd”\.$/],
    ['a currency that is a number', { currency: 840 }, /^Currency must be one of .* but is 840\.$/],
    [
      'an unknown preset',
      { tierPreset: 'bronze' },
      'Tier preset must be “core”, “detailed” or “custom”, but is the text “bronze”.',
    ],
    [
      'a base allocation as text',
      { baseAllocations: { gold: '25000' } },
      'Base allocation for Gold must be a number, but is the text “25000”.',
    ],
    [
      'a negative base allocation',
      { baseAllocations: { silver: -5 } },
      'Base allocation for Silver must be at least 0, but is -5.',
    ],
    [
      'an allocation beyond any real program',
      { baseAllocations: { gold: 2e12 } },
      'Base allocation for Gold must be at most 1000000000000, but is 2000000000000.',
    ],
    [
      'a margin above 100',
      { resellerMargins: { platinum: 140 } },
      'Reseller margin for Platinum must be from 0 to 100, but is 140.',
    ],
    [
      'an unknown tier',
      { baseAllocations: { diamond: 1 } },
      'Base allocation: unknown field “diamond”. Remove it or check the spelling.',
    ],
    [
      'an unknown top-level field',
      { colour: 'blue' },
      'Settings: unknown field “colour”. Remove it or check the spelling.',
    ],
    ['a wrong version', { version: 2 }, 'Settings version must be 1, but is 2.'],
    ['rates as a list', { rates: [] }, 'Rates must be an object with named fields, but is a list.'],
    ['a negative rate', { rates: { referral: -20 } }, 'Referral rate must be from 0 to 100, but is -20.'],
    ['fractional months', { rates: { recurringMonths: 1.5 } }, 'Recurring months must be a whole number, but is 1.5.'],
    ['zero months', { rates: { recurringMonths: 0 } }, 'Recurring months must be from 1 to 120, but is 0.'],
    [
      'a negative threshold',
      { customTiers: { silver: { revenue: -10000 } } },
      'Custom thresholds for Silver: revenue must be at least 0, but is -10000.',
    ],
    [
      'a fractional referral threshold',
      { customTiers: { gold: { referrals: 2.5 } } },
      'Custom thresholds for Gold: referrals must be a whole number, but is 2.5.',
    ],
    [
      'a threshold as text',
      { customTiers: { gold: { revenue: 'lots' } } },
      'Custom thresholds for Gold: revenue must be a number, but is the text “lots”.',
    ],
    [
      'a tier with no path',
      { customTiers: { silver: { revenue: null, referrals: null } } },
      'Custom thresholds: Silver needs a revenue threshold, a referral threshold or both.',
    ],
    [
      'a higher tier easier than a lower one',
      { customTiers: { gold: { revenue: 5000 } } },
      'Custom thresholds: Gold revenue (5000) must not be lower than Silver (10000).',
    ],
    [
      'no brackets',
      { commissionBrackets: [] },
      'Commission brackets must be a list of 1 to 10 brackets, but is a list.',
    ],
    [
      'brackets that do not rise',
      {
        commissionBrackets: [
          { upTo: 100000, rate: 20 },
          { upTo: 50000, rate: 25 },
          { upTo: null, rate: 30 },
        ],
      },
      'Commission brackets, bracket 2: upTo (50000) must be greater than the bracket before it (100000).',
    ],
    [
      'a closed top bracket',
      { commissionBrackets: [{ upTo: 100000, rate: 20 }] },
      'Commission brackets, bracket 1: the last bracket is open-ended, so its upTo must be null.',
    ],
    [
      'an open middle bracket',
      {
        commissionBrackets: [
          { upTo: null, rate: 20 },
          { upTo: null, rate: 30 },
        ],
      },
      'Commission brackets, bracket 1: upTo is required for every bracket except the last.',
    ],
  ])('%s', (_case, input, message) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    if (typeof message === 'string') expect(errors[0]).toBe(message);
    else expect(errors[0]).toMatch(message);
  });

  it('reports every problem in a file at once', () => {
    const errors = errorsOf({ currency: 'XYZ', baseAllocations: { gold: -1 }, rates: { affiliate: 'high' } });
    expect(errors).toHaveLength(3);
  });
});

describe('parseSettingsJson', () => {
  it.each([
    ['text that is not JSON', 'currency: USD'],
    ['truncated JSON', '{"currency": "USD"'],
    ['an empty file', ''],
  ])('rejects %s with a sentence about JSON', (_case, text) => {
    const result = parseSettingsJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^The file is not valid JSON/);
  });

  it('rejects an oversized file without parsing it', () => {
    const result = parseSettingsJson(`{"x":"${'a'.repeat(200_000)}"}`);
    expect(!result.ok && result.errors[0]).toMatch(/^The file is larger than 100 KB/);
  });
});

describe('activeTierRules', () => {
  it.each([
    ['core', tierPresets.core],
    ['detailed', tierPresets.detailed],
  ] as const)('%s preset uses its own table', (preset, rules) => {
    expect(activeTierRules({ ...defaultSettings, tierPreset: preset }, defaults)).toEqual(rules);
  });

  it('custom preset uses the custom thresholds', () => {
    const settings: Settings = {
      ...defaultSettings,
      tierPreset: 'custom',
      customTiers: { ...defaultSettings.customTiers, silver: { revenue: 15000, referrals: 5, certified: null } },
    };
    expect(activeTierRules(settings, defaults)).toEqual({
      tiers,
      rules: { ...core, silver: { revenue: 15000, referrals: 5, certified: null } },
    });
  });
});

describe('parseSettings properties', () => {
  it('never throws and either accepts or explains, whatever JSON value it gets', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSettings(value);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error).toMatch(/\.$/);
        }
      }),
    );
  });

  it('accepts every valid set of base allocations and gives them back unchanged', () => {
    const money = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(fc.record({ registered: money, silver: money, gold: money, platinum: money }), (baseAllocations) => {
        const result = parseSettings({ baseAllocations });
        expect(result.ok && result.settings.baseAllocations).toEqual(baseAllocations);
      }),
    );
  });
});

describe('parseSettings follows the program ladder', () => {
  const five = ['Member', 'Bronze', 'Silver', 'Gold', 'Elite'].map((name) => ({
    id: name.toLowerCase(),
    name,
    unlocks: [],
  }));
  const fallback: Settings = {
    ...defaultSettings,
    customTiers: Object.fromEntries(
      ['bronze', 'silver', 'gold', 'elite'].map((id, index) => [
        id,
        { revenue: 10_000 * (index + 1), referrals: null, certified: null },
      ]),
    ),
    baseAllocations: { member: 0, bronze: 1_000, silver: 2_000, gold: 10_000, elite: 40_000 },
    resellerMargins: { member: 10, bronze: 15, silver: 20, gold: 25, elite: 30 },
  };

  it('accepts the ids of a five-tier program and names its tiers in messages', () => {
    expect(parseAgainst({ baseAllocations: { elite: 45_000 } }, fallback, five)).toEqual({
      ok: true,
      settings: { ...fallback, baseAllocations: { ...fallback.baseAllocations, elite: 45_000 } },
    });
    expect(parseAgainst({ resellerMargins: { elite: 130 } }, fallback, five)).toEqual({
      ok: false,
      errors: ['Reseller margin for Elite must be from 0 to 100, but is 130.'],
    });
  });

  it('rejects the ids of another ladder', () => {
    expect(parseAgainst({ baseAllocations: { platinum: 1 } }, fallback, five)).toEqual({
      ok: false,
      errors: ['Base allocation: unknown field “platinum”. Remove it or check the spelling.'],
    });
    expect(parseAgainst({ customTiers: { elite: { revenue: 5_000 } } }, fallback, five)).toEqual({
      ok: false,
      errors: ['Custom thresholds: Elite revenue (5000) must not be lower than Gold (30000).'],
    });
  });
});
