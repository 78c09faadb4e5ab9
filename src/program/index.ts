/**
 * The program this build publishes: content/program.yaml (or PLAYBOOK_PROGRAM) as it stands on
 * the build date (PLAYBOOK_DATE, default today). Server-side only: pages, components and build
 * plugins import it; browser code gets figures through the markup the server renders.
 *
 * Public API
 * - `loaded` — the whole `LoadedProgram` (past and upcoming changes, the future program).
 * - `program` — the rules in force on the build date; `buildDay` — that date.
 * - `tiers`, `earnedTiers`, `tier(id)` — the tier list, the tiers reached by results, one tier
 *   (by id or by role: `tier('@top')`, see roles.ts).
 * - `tiersFrom(idOrRole)`, `tierNamesFrom(idOrRole)` — that tier and every tier above it; their
 *   names as a list ("Gold and Platinum"), for prose that must stay true for any ladder.
 * - `benefitFrom(benefit, cell)` — the first tier whose benefits-matrix row `benefit` reads `cell`
 *   (or Yes when `cell` is omitted): where "a dedicated partner manager" starts. `undefined` when
 *   no tier does or the program has no such row, so a page can say it another way.
 * - `andList(words)`, `orList(words)` — "a, b and c", "a, b or c".
 * - `value(path)` — a figure by dotted path (`'tiers.gold.requires.revenue'`, or by role
 *   `'tiers.@middle.requires.revenue'`, see roles.ts); throws on a typo.
 * - `figure(path)` — the same, formatted for a page ("$100,000", "20%", "30 days").
 * - `money(amount)`, `percent(rate)` — numbers a page computes from figures, in the program's style.
 * - `longDate(day)` — "January 1, 2027".
 * - `withFigures(text)` — `{{path}}` tokens in a copyable template replaced by figures.
 * - `spelled(n)` — "four" for 4 (zero to twelve), digits above; `lowerFirst(text)` — "Monthly" → "monthly".
 * - `courseTime(id)` — a training course's length: "2–4 hours", "2 days".
 * - `qbrMinutes` — the length of a QBR, the total of its sections.
 * - `clawbackShare(day)` — the % of a paid commission returned when the customer cancels on that day.
 * - `healthLevel(dimension, index)` — one level of a health-score dimension (0 is the best);
 *   `healthBand(score)` — the band a health score falls in; `healthBandRange(id)` — "60–79";
 *   `healthBandFrom(id)` — 60; `healthWeights` — "revenue (30 points), activity (25), …";
 *   `healthExample({ revenue: 1, … })` — a partner at those levels (0 where left out): its points,
 *   total, band and a sentence listing each dimension.
 */
import { loadProgram, valueAt, type Program } from './load';
import { andList, orList } from './ladder';
import { resolveRoles } from './roles';
import { clawbackShare as shareOfClawback } from '../lib/clawback';
import { formatFigure, unitOf } from './units';
import { fillFigures } from './fill';
import { bandRange, courseLength, reader } from './tables';
import { formatMoney, formatPercent } from '../lib/format';

export type { Program } from './load';

export const loaded = loadProgram(process.env);
/** The day this build describes (PLAYBOOK_DATE, or today): program changes and review dates count from it. */
export const buildDay = new Date(`${loaded.today}T00:00:00Z`);
export const program: Program = loaded.program;
export const tiers = program.tiers;
export const earnedTiers = tiers.slice(1);
export const tierIds = tiers.map((t) => t.id);

export function tier(idOrRole: string): Program['tiers'][number] {
  const id = resolveRoles(idOrRole, tiers);
  const found = tiers.find((t) => t.id === id);
  if (!found) throw new Error(`No tier "${id}" in ${loaded.file} (tiers are ${tierIds.join(', ')}).`);
  return found;
}

export function tiersFrom(idOrRole: string): Program['tiers'] {
  return tiers.slice(tiers.indexOf(tier(idOrRole)));
}

export const tierNamesFrom = (idOrRole: string): string => andList(tiersFrom(idOrRole).map((t) => t.name));

export function benefitFrom(benefit: string, cell?: string): Program['tiers'][number] | undefined {
  const row = program.benefits.find((b) => b.benefit.toLowerCase() === benefit.toLowerCase());
  if (!row) return undefined;
  return tiers.find((t) => {
    const found = row.tiers[t.id];
    return cell === undefined
      ? found === true
      : typeof found === 'string' && found.toLowerCase() === cell.toLowerCase();
  });
}

export { andList, orList };

export function value(path: string, from: Program = program): unknown {
  const found = valueAt(from, resolveRoles(path, tiers));
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
  return formatFigure(value(path, from), unitOf(resolveRoles(path, tiers), tierIds), program.currency);
}

export const money = (amount: number): string => formatMoney(amount, program.currency);
export const percent = (rate: number): string => formatPercent(rate, 2);

const programReader = reader(loaded);

/**
 * A figure as a page states it (`<Program>`): formatted, followed by "(from <date>: <new value>)"
 * for each dated change to it. An unknown path fails the build, naming the path.
 */
export function statedFigure(path: string): string {
  value(path);
  return programReader.shown(resolveRoles(path, tiers));
}

export { longDate } from './dates';

export const withFigures = (text: string): string => fillFigures(text, (path) => figure(path));

const words = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
export const spelled = (n: number): string => words[n] ?? String(n);

export function courseTime(id: string): string {
  return courseLength(value(`certification.courses.${id}`) as Program['certification']['courses'][number], figure);
}

/** The clawback rule (src/lib/clawback.ts) applied to our program's clawback bands. */
export const clawbackShare = (day: number): number => shareOfClawback(day, program.dealRegistration.clawback).share;

export const qbrMinutes = program.qbr.sections.reduce((sum, section) => sum + section.minutes, 0);

type HealthLevel = Program['healthScore']['dimensions'][number]['levels'][number];
export function healthLevel(dimension: string, index: number): HealthLevel {
  const found = (value(`healthScore.dimensions.${dimension}`) as Program['healthScore']['dimensions'][number]).levels[
    index
  ];
  if (!found) throw new Error(`${loaded.file}: healthScore dimension "${dimension}" has no level ${index}.`);
  return found;
}

type HealthBand = Program['healthScore']['bands'][number];
export function healthBand(score: number): HealthBand {
  return program.healthScore.bands.find((band) => score >= band.from) ?? program.healthScore.bands.at(-1)!;
}

function bandIndex(id: string): number {
  const index = program.healthScore.bands.findIndex((band) => band.id === id);
  if (index < 0) throw new Error(`${loaded.file}: no healthScore band "${id}".`);
  return index;
}

export const healthBandRange = (id: string): string => bandRange(program.healthScore.bands, bandIndex(id));
/** "Monthly" → "monthly"; an abbreviation such as "NPS 25–49" keeps its capitals. */
export const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** "revenue (30 points), activity (25), … and strategic fit (10)": each dimension with its weight. */
export const healthWeights = andList(
  program.healthScore.dimensions.map(
    (d, index) => `${lowerFirst(d.name)} (${d.levels[0]!.points}${index === 0 ? ' points' : ''})`,
  ),
);

/** The lowest score in a band: `healthBandFrom('at-risk')` → 40. */
export const healthBandFrom = (id: string): number => program.healthScore.bands[bandIndex(id)]!.from;

export function healthExample(levels: Readonly<Record<string, number>>) {
  const parts = program.healthScore.dimensions.map((d) => ({
    name: d.name,
    ...healthLevel(d.id, levels[d.id] ?? 0),
  }));
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  return {
    parts,
    total,
    band: healthBand(total),
    sum: parts.map((part) => part.points).join(' + '),
    text: parts.map((part) => `${lowerFirst(part.name)}: ${lowerFirst(part.when)} (${part.points})`).join('; '),
  };
}
