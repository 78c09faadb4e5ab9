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
    expect(defaults.tierPresets.detailed.gold.revenue).toBe(requires(file, 'gold').revenue);
    expect(defaults.tierPresets.detailed.silver.certified).toBe(requires(file, 'silver').certified);
    expect(defaults.tierPresets.core.silver.revenue).toBe(requires(core, 'silver').revenue);
    expect(defaults.tierPresets.core.platinum.referrals).toBeNull();
  });
});
