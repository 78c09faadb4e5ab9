/**
 * `npm run program:check`: what each tier costs at its revenue threshold, against the program's
 * guardrails, for the rules in force today and, when dated changes are coming, for the rules
 * after them. The build prints the same warnings (astro.config.mjs).
 *
 * Public API
 * - `economicsReport(loaded)` → `{ lines, failures }`: the printable table and one sentence per broken guardrail.
 * - `runCheck(env, print)` → the exit code: 0 when every guardrail holds, 1 otherwise.
 */
import { formatMoney, formatPercent, markdownTable } from '../lib/format';
import { tierEconomics } from './economics';
import { loadProgram, type LoadedProgram, type Program } from './load';

function report(program: Program, heading: string): { lines: string[]; failures: string[] } {
  const money = (n: number) => formatMoney(n, program.currency);
  const pct = (n: number) => (Number.isFinite(n) ? formatPercent(Math.round(n * 10) / 10) : 'all of it');
  const { maxCostShare, minContribution } = program.guardrails;
  const rows = tierEconomics(program);
  const failures: string[] = [];
  for (const row of rows) {
    if (!row.withinMaxCostShare) {
      failures.push(
        `${heading}: ${row.name} costs ${pct(row.costShare)} of its ${money(row.revenue)} threshold (${money(row.totalCost)}), above the ${pct(maxCostShare)} guardrail.`,
      );
    }
    if (!row.meetsMinContribution) {
      failures.push(
        `${heading}: ${row.name} leaves ${money(row.contribution)} of its ${money(row.revenue)} threshold, below the ${money(minContribution)} guardrail.`,
      );
    }
  }
  const table = markdownTable(
    [
      'Tier',
      'Revenue',
      'Payout (larger of commission, margin)',
      'MDF',
      'Cost to serve',
      'Total',
      'Share',
      'Contribution',
      'Guardrails',
    ],
    rows.map((row) => [
      row.name,
      money(row.revenue),
      money(row.worstCasePayout),
      money(row.mdf),
      money(row.costToServe),
      money(row.totalCost),
      pct(row.costShare),
      money(row.contribution),
      row.withinMaxCostShare && row.meetsMinContribution ? 'hold' : 'BROKEN',
    ]),
  );
  return {
    lines: [
      `${heading} (guardrails: at most ${pct(maxCostShare)} of revenue, at least ${money(minContribution)} left)`,
      table,
    ],
    failures,
  };
}

export function economicsReport(loaded: LoadedProgram): { lines: string[]; failures: string[] } {
  const today = report(loaded.program, `Rules in force on ${loaded.today}`);
  if (loaded.upcoming.length === 0) return today;
  const last = loaded.upcoming.at(-1)!.effective;
  const future = report(loaded.future, `Rules from ${last}, after every coming change`);
  return { lines: [...today.lines, '', ...future.lines], failures: [...today.failures, ...future.failures] };
}

export function runCheck(env: Record<string, string | undefined>, print: (line: string) => void): number {
  const loaded = loadProgram(env);
  const { lines, failures } = economicsReport(loaded);
  print(`Program economics for ${loaded.file}: each tier priced at its revenue threshold.`);
  lines.forEach((line) => print(line));
  if (failures.length === 0) {
    print('Every tier is inside the guardrails.');
    return 0;
  }
  print('');
  failures.forEach((failure) => print(`Guardrail broken: ${failure}`));
  return 1;
}
