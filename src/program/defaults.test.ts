import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaults } from './defaults';

// Read the program file's text here, so the expected figures do not come from the code under test.
const file = parse(readFileSync('content/program.yaml', 'utf8'));
const core = parse(readFileSync('content/programs/core.yaml', 'utf8'));
const requires = (program: typeof file, id: string) =>
  program.tiers.find((t: { id: string }) => t.id === id).requires ?? {};

describe('calculator defaults', () => {
  it('come from content/program.yaml', () => {
    const { settings } = defaults;
    expect(settings.currency).toBe(file.currency);
    expect(settings.baseAllocations).toEqual(file.mdf.allocation);
    expect(settings.resellerMargins).toEqual(file.resale.margin);
    expect(settings.commissionBrackets).toEqual(file.commission.tiered.brackets);
    expect(settings.rates.recurring).toBe(file.commission.recurring.rate);
    expect(settings.rates.recurringMonths).toBe(file.commission.recurring.months);
    expect(settings.rates.affiliate).toBe(file.affiliate.rate);
    expect(settings.rates.influencedShare).toBe(file.dealRegistration.payoutSplit.influenced);
    expect(settings.rates.referral).toBe(file.commission.referral.gold);
    expect(defaults.commissionRules).toEqual({
      tieredMethod: file.commission.tiered.method,
      registeredBonus: file.resale.registeredBonus,
      rebates: file.resale.rebates,
      clawback: file.dealRegistration.clawback,
    });
    expect(defaults.healthTargets).toEqual({
      sourcedShare: file.targets.sourcedShare,
      influencedShare: file.targets.influencedShare,
      activationRate: file.targets.activationRate,
      partnerNps: file.targets.partnerNps,
      daysToFirstDeal: file.targets.daysToFirstDeal,
    });
  });

  it("use our program's ladder, and the core example for old 'core' links", () => {
    expect(defaults.settings.tierPreset).toBe('detailed');
    const { detailed, core: example } = defaults.tierPresets;
    expect(detailed.rules['gold']?.revenue).toBe(requires(file, 'gold').revenue);
    expect(detailed.rules['silver']?.certified).toBe(requires(file, 'silver').certified);
    expect(example.rules['silver']?.revenue).toBe(requires(core, 'silver').revenue);
    expect(example.rules['platinum']?.referrals).toBeNull();
    expect(Object.keys(detailed.rules)).toEqual(file.tiers.slice(1).map((t: { id: string }) => t.id));
  });

  it("name the program's own tiers, lowest first, with the typical tier in the middle", () => {
    expect(defaults.tiers.map(({ id, name }) => ({ id, name }))).toEqual(
      file.tiers.map(({ id, name }: { id: string; name: string }) => ({ id, name })),
    );
    expect(defaults.typicalTier).toBe(file.tiers[Math.floor(file.tiers.length / 2)].id);
  });

  it('list what each tier unlocks: the benefits that differ from the tier below, false left out', () => {
    type Row = { benefit: string; tiers: Record<string, string | boolean> };
    const ids: string[] = file.tiers.map((t: { id: string }) => t.id);
    ids.forEach((id, index) => {
      const below = ids[index - 1];
      const expected = (file.benefits as Row[])
        .filter((row) => row.tiers[id] !== false && (below === undefined || row.tiers[below] !== row.tiers[id]))
        .map((row) => (row.tiers[id] === true ? row.benefit : `${row.benefit}: ${String(row.tiers[id])}`));
      expect(defaults.tiers[index]?.unlocks, id).toEqual(expected);
    });
  });

  it('unlocks read as the benefits matrix says, for a known row', () => {
    // content/program.yaml: Gold is the first tier with joint campaigns and a dedicated partner manager.
    const gold = defaults.tiers.find((tier) => tier.id === 'gold');
    expect(gold?.unlocks).toContain('Joint campaigns');
    expect(gold?.unlocks).toContain('Partner manager: Dedicated');
    expect(defaults.tiers[0]?.unlocks).not.toContain('Joint campaigns');
  });
});
