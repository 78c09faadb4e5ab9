/**
 * The program this build publishes: content/program.yaml (or PLAYBOOK_PROGRAM) as it stands on
 * the build date (PLAYBOOK_DATE, default today). Server-side only: pages, components and build
 * plugins import it; browser code gets figures through the markup the server renders.
 *
 * Public API
 * - `loaded` — the whole `LoadedProgram` (past and upcoming changes, the future program).
 * - `program` — the rules in force on the build date; `buildDay` — that date.
 * - `tiers`, `earnedTiers`, `tier(id)` — the tier list, the tiers reached by results, one tier.
 * - `value(path)` — a figure by dotted path (`'tiers.gold.requires.revenue'`); throws on a typo.
 * - `figure(path)` — the same, formatted for a page ("$100,000", "20%", "30 days").
 * - `money(amount)`, `percent(rate)` — numbers a page computes from figures, in the program's style.
 * - `upcomingFor(path)` — changes not yet in force that set this path or one inside it.
 * - `longDate(day)` — "January 1, 2027".
 * - `withFigures(text)` — `{{path}}` tokens in a copyable template replaced by figures.
 */
import { loadProgram, valueAt, type Program } from './load';
import { formatFigure, unitOf } from './units';
import { fillFigures } from './fill';
import { formatMoney, formatPercent } from '../lib/format';

export type { Program } from './load';

export const loaded = loadProgram(process.env);
/** The day this build describes (PLAYBOOK_DATE, or today): program changes and review dates count from it. */
export const buildDay = new Date(`${loaded.today}T00:00:00Z`);
export const program: Program = loaded.program;
export const tiers = program.tiers;
export const earnedTiers = tiers.slice(1);
export const tierIds = tiers.map((t) => t.id);

export function tier(id: string): Program['tiers'][number] {
  const found = tiers.find((t) => t.id === id);
  if (!found) throw new Error(`No tier "${id}" in ${loaded.file} (tiers are ${tierIds.join(', ')}).`);
  return found;
}

export function value(path: string, from: Program = program): unknown {
  const found = valueAt(from, path);
  if (found === undefined)
    throw new Error(`${loaded.file} has no "${path}": check the path on the page that asks for it.`);
  return found;
}

export function num(path: string): number {
  const found = value(path);
  if (typeof found !== 'number') throw new Error(`${loaded.file}: "${path}" is not a number.`);
  return found;
}

export function figure(path: string, from: Program = program): string {
  return formatFigure(value(path, from), unitOf(path, tierIds), program.currency);
}

export const money = (amount: number): string => formatMoney(amount, program.currency);
export const percent = (rate: number): string => formatPercent(rate, 2);

export function upcomingFor(path: string) {
  return loaded.upcoming.filter((change) =>
    Object.keys(change.set).some((changed) => changed === path || changed.startsWith(`${path}.`)),
  );
}

export { longDate } from './dates';

export const withFigures = (text: string): string => fillFigures(text, (path) => figure(path));
