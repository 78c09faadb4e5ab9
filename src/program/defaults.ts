/**
 * What every calculator starts from, read from the program file (content/program.yaml, or
 * PLAYBOOK_PROGRAM) at build time: tier thresholds, co-marketing (MDF) allocations, commission
 * rates, reseller margins, commission brackets and the commission rules (rebates, clawback,
 * registered-deal bonus). Server code imports `defaults`; a calculator's .astro component hands
 * them to its element in `data-defaults` (see src/calculator/settings-store.ts), so the browser
 * never carries a second copy. URL parameters still override them for one view.
 *
 * The tier qualifier's rule choices: `detailed` is our program's own ladder (the certification-led
 * thresholds that old links named "detailed"); `core` is the shipped example
 * content/programs/core.yaml in the team build, and our program again in the partner build,
 * which publishes only the program's rules.
 *
 * The tiers are the program's own: any number, any ids and names. Each tier's `unlocks` lists the
 * benefits-matrix rows where it differs from the tier below (the entry tier: every benefit it has).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProgramDefaults } from '../calculator/settings';
import { buildTarget } from '../lib/build-target';
import type { TierInfo, TierLadder, TierRules } from '../lib/tiers';
import { loaded } from './index';
import { benefitWord } from './tables';
import { longDate } from './dates';
import { parseProgram, type Program } from './load';
import { tierForRole } from './roles';

function tierInfo(program: Program): TierInfo[] {
  return program.tiers.map((tier, index) => {
    const below = program.tiers[index - 1];
    const unlocks = program.benefits.flatMap(({ benefit, tiers }) => {
      const value = tiers[tier.id]!;
      if (value === false) return [];
      if (below && benefitWord(tiers[below.id]!) === benefitWord(value)) return [];
      return [value === true ? benefit : `${benefit}: ${value}`];
    });
    return { id: tier.id, name: tier.name, unlocks };
  });
}

function tierRules(program: Program): TierRules {
  return Object.fromEntries(
    program.tiers.slice(1).map(({ id, requires = {} }) => [
      id,
      {
        revenue: requires.revenue ?? null,
        referrals: requires.referrals ?? null,
        certified: requires.certified ?? null,
      },
    ]),
  );
}

/** A program's tiers and thresholds as the calculators read them. */
export const ladderOf = (program: Program): TierLadder => ({ tiers: tierInfo(program), rules: tierRules(program) });

const program = loaded.program;
const ours = ladderOf(program);

function coreExample(): TierLadder {
  if (buildTarget(process.env) === 'partner') return ours;
  const file = 'content/programs/core.yaml';
  return ladderOf(parseProgram(readFileSync(resolve(process.cwd(), file), 'utf8'), file, loaded.today).program);
}

const { referral } = program.commission;
// The calculators start a referral at the typical tier, the middle of the ladder, and an influenced deal from the top
// rate, so both show a typical case; a reader changes them for a specific partner.
const typicalTier = tierForRole(program.tiers, 'middle');
const topTier = program.tiers.at(-1)!.id;

const after = tierRules(loaded.future);
const upcomingTiers =
  JSON.stringify(after) === JSON.stringify(ours.rules)
    ? undefined
    : {
        from: longDate(loaded.upcoming.find((c) => Object.keys(c.set).some((p) => p.startsWith('tiers.')))!.effective),
        rules: after,
      };

export const defaults: ProgramDefaults = {
  tiers: ours.tiers,
  typicalTier,
  tierPresets: { core: coreExample(), detailed: ours },
  upcomingTiers,
  multipliers: program.mdf.multipliers,
  healthTargets: {
    sourcedShare: program.targets.sourcedShare,
    influencedShare: program.targets.influencedShare,
    activationRate: program.targets.activationRate,
    partnerNps: program.targets.partnerNps,
    daysToFirstDeal: program.targets.daysToFirstDeal,
  },
  commissionRules: {
    tieredMethod: program.commission.tiered.method,
    registeredBonus: program.resale.registeredBonus,
    rebates: program.resale.rebates,
    clawback: program.dealRegistration.clawback,
  },
  settings: {
    version: 1,
    currency: program.currency,
    tierPreset: 'detailed',
    customTiers: ours.rules,
    baseAllocations: { ...program.mdf.allocation },
    rates: {
      referral: referral[typicalTier]!,
      recurring: program.commission.recurring.rate,
      recurringMonths: program.commission.recurring.months,
      influenced: referral[topTier]!,
      influencedShare: program.dealRegistration.payoutSplit.influenced,
      affiliate: program.affiliate.rate,
    },
    resellerMargins: { ...program.resale.margin },
    commissionBrackets: program.commission.tiered.brackets,
  },
};

/** `defaults` as the `data-defaults` attribute of a calculator element (read back with `readDefaults`). */
export const defaultsAttribute = JSON.stringify(defaults);
