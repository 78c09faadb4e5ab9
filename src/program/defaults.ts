/**
 * What every calculator starts from, read from the program file (content/program.yaml, or
 * PLAYBOOK_PROGRAM) at build time: tier thresholds, co-marketing (MDF) allocations, commission
 * rates, reseller margins and commission brackets. Server code imports `defaults`; a calculator's
 * .astro component hands them to its element in `data-defaults` (see src/calculator/settings-store.ts),
 * so the browser never carries a second copy. URL parameters still override them for one view.
 *
 * The tier qualifier's rule choices: `detailed` is our program's own ladder (the certification-led
 * thresholds that old links named "detailed"); `core` is the shipped example
 * content/programs/core.yaml in the team build, and our program again in the partner build,
 * which publishes only the program's rules.
 *
 * The calculators' tier fields name four tiers (registered, silver, gold, platinum); a program
 * file with other tier ids fails here with a message saying so, rather than showing wrong figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProgramDefaults } from '../calculator/settings';
import { buildTarget } from '../lib/build-target';
import { earnedTierIds, tierIds, type TierRules } from '../lib/tiers';
import { loaded } from './index';
import { longDate } from './tables';
import { parseProgram, type Program } from './load';

function calculatorTiers(program: Program, file: string): void {
  const ids = program.tiers.map((t) => t.id);
  if (ids.join() !== tierIds.join()) {
    throw new Error(
      `${file}: the calculators need the tiers ${tierIds.join(', ')} in that order, got ${ids.join(', ')}.`,
    );
  }
}

function tierRules(program: Program): TierRules {
  const rule = (id: (typeof earnedTierIds)[number]) => {
    const requires = program.tiers.find((t) => t.id === id)?.requires ?? {};
    return {
      revenue: requires.revenue ?? null,
      referrals: requires.referrals ?? null,
      certified: requires.certified ?? null,
    };
  };
  return { silver: rule('silver'), gold: rule('gold'), platinum: rule('platinum') };
}

function byTier(values: Readonly<Record<string, number>>): Record<(typeof tierIds)[number], number> {
  return {
    registered: values['registered']!,
    silver: values['silver']!,
    gold: values['gold']!,
    platinum: values['platinum']!,
  };
}

const program = loaded.program;
calculatorTiers(program, loaded.file);
const ours = tierRules(program);

function coreExample(): TierRules {
  if (buildTarget(process.env) === 'partner') return ours;
  const file = 'content/programs/core.yaml';
  const example = parseProgram(readFileSync(resolve(process.cwd(), file), 'utf8'), file, loaded.today).program;
  calculatorTiers(example, file);
  return tierRules(example);
}

const { referral } = program.commission;
// The calculators start a referral at the middle of the ladder and an influenced deal from the top
// rate, so both show a typical case; a reader changes them for a specific partner.
const middleTier = program.tiers[Math.floor(program.tiers.length / 2)]!.id;
const topTier = program.tiers.at(-1)!.id;

const after = tierRules(loaded.future);
const upcomingTiers =
  JSON.stringify(after) === JSON.stringify(ours)
    ? undefined
    : {
        from: longDate(loaded.upcoming.find((c) => Object.keys(c.set).some((p) => p.startsWith('tiers.')))!.effective),
        rules: after,
      };

export const defaults: ProgramDefaults = {
  tierPresets: { core: coreExample(), detailed: ours },
  upcomingTiers,
  healthTargets: {
    sourcedShare: program.targets.sourcedShare,
    influencedShare: program.targets.influencedShare,
    activationRate: program.targets.activationRate,
    partnerNps: program.targets.partnerNps,
    daysToFirstDeal: program.targets.daysToFirstDeal,
  },
  settings: {
    version: 1,
    currency: program.currency,
    tierPreset: 'detailed',
    customTiers: ours,
    baseAllocations: byTier(program.mdf.allocation),
    rates: {
      referral: referral[middleTier]!,
      recurring: program.commission.recurring.rate,
      recurringMonths: program.commission.recurring.months,
      influenced: referral[topTier]!,
      influencedShare: program.dealRegistration.payoutSplit.influenced,
      affiliate: program.affiliate.rate,
    },
    resellerMargins: byTier(program.resale.margin),
    commissionBrackets: program.commission.tiered.brackets,
  },
};

/** `defaults` as the `data-defaults` attribute of a calculator element (read back with `readDefaults`). */
export const defaultsAttribute = JSON.stringify(defaults);
