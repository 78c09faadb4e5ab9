import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The business-case page must show the plan our program file implies. The chain is worked out
 * here by hand from content/program.yaml, on purpose without the planner's functions, so a
 * mistake in the model, or a number typed into the page, shows up as a difference.
 */
const root = resolve(import.meta.dirname, '../..');
const file = readFileSync(join(root, 'content/program.yaml'), 'utf8');
const program = parse(file) as {
  planning: Record<string, number>;
  targets: Record<string, number>;
  changes?: { set: Record<string, unknown> }[];
};
const page = readFileSync(join(root, 'dist/strategy/business-case/index.html'), 'utf8');
const text = page
  .replace(/<[^>]+>/g, ' ')
  .replaceAll('&#36;', '$')
  .replace(/\s+/g, ' ');

const { planning: p, targets: t } = program;
const sourced = (p['newArrTarget']! * t['sourcedShare']!) / 100;
const deals = Math.ceil(sourced / p['averageDeal']!);
const active = Math.ceil(deals / p['dealsPerActivePartner']!);
const signed = Math.ceil(active / (t['activationRate']! / 100));
const managers = Math.ceil(signed / p['partnersPerManager']!);
const payout = (sourced * p['blendedPayout']!) / 100;
const mdf = active * p['mdfPerActivePartner']!;
const team = managers * p['managerCost']!;
const cost = payout + mdf + team + p['tooling']!;

const usd = (amount: number) => `$${Math.round(amount).toLocaleString('en-US')}`;

describe('the business-case page', () => {
  it('works from figures the program does not change later in the year', () => {
    const changed = (program.changes ?? []).flatMap((change) => Object.keys(change.set));
    expect(changed.filter((path) => /^(planning|targets)\./.test(path))).toEqual([]);
  });

  it.each([
    ['partner-sourced target', usd(sourced)],
    ['deals needed', String(deals)],
    ['active partners', String(active)],
    ['partners to sign', String(signed)],
    ['partner managers', String(managers)],
    ['commission and margin', usd(payout)],
    ['MDF pool', usd(mdf)],
    ['partner team', usd(team)],
    ['program cost', usd(cost)],
    ['cost per sourced dollar', (cost / sourced).toLocaleString('en-US', { maximumFractionDigits: 3 })],
  ])('shows the %s recomputed from the program: %s', (_name, expected) => {
    expect(text).toContain(` ${expected} `);
  });

  it('compares with direct sales at the program’s direct cost', () => {
    expect(text).toContain(usd(p['directCostPerDollar']! * sourced));
    expect(text).toContain(usd(cost / deals));
  });

  it('links to the planner with the example’s figures', () => {
    expect(page).toContain(`arr=${p['newArrTarget']}&amp;share=${t['sourcedShare']}`);
  });
});
