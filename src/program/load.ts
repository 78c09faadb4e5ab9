/**
 * Reads a program file, checks it, and applies its dated changes for a given day.
 * Every problem is reported in one error, each line naming the file, the path inside it and
 * what was expected, so a build stops before any page is written.
 *
 * Public API
 * - `parseProgram(text, file, today)` → `LoadedProgram`; throws `ProgramError`.
 * - `loadProgram(env, cwd)` — the file named by PLAYBOOK_PROGRAM (default content/program.yaml),
 *   for the day named by PLAYBOOK_DATE (default: today, UTC).
 * - `LoadedProgram` — `program` (the rules in force today), `future` (every change applied),
 *   `past` and `upcoming` changes, `today`, `file`.
 * - `valueAt(node, path)`, `splitPath(path)` — dotted paths where list items are named by `id`.
 */
import { readFileSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { isCalendarDate, programSchema, programRuleIssues, type Change, type RawProgram } from './schema';

export type Program = Omit<RawProgram, 'changes'>;

export interface LoadedProgram {
  readonly file: string;
  readonly today: string;
  readonly program: Program;
  readonly future: Program;
  readonly past: readonly Change[];
  readonly upcoming: readonly Change[];
}

export class ProgramError extends Error {
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid program file:\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`);
    this.name = 'ProgramError';
    this.problems = problems;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}

function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${path || 'top level'} has unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling`;
    }
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) {
      // zod's own wording ("Invalid input: expected object…") is for developers; say what to add.
      return issue.message.startsWith('must')
        ? `${path} is missing: it ${issue.message}`
        : `${path} is missing: add it`;
    }
    return `${path || 'top level'} ${issue.message}, got ${shown(input)}`;
  });
}

export function splitPath(path: string): string[] {
  return path.split('.').filter((part) => part !== '');
}

/** The node at a dotted path; list items are matched by `id`, or by index. Undefined when absent. */
export function valueAt(node: unknown, path: string | readonly string[]): unknown {
  const parts = typeof path === 'string' ? splitPath(path) : path;
  let current: unknown = node;
  for (const part of parts) {
    if (Array.isArray(current)) {
      current =
        current.find((item: { id?: unknown }) => item?.id === part) ??
        (/^\d+$/.test(part) ? current[Number(part)] : undefined);
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, part)) {
      current = (current as Record<string, unknown>)[part];
    } else {
      return undefined;
    }
  }
  return current;
}

function setAt(node: unknown, parts: readonly string[], value: unknown): void {
  const parent = valueAt(node, parts.slice(0, -1));
  const last = parts.at(-1)!;
  if (Array.isArray(parent)) {
    const index = parent.findIndex((item: { id?: unknown }) => item?.id === last);
    parent[index >= 0 ? index : Number(last)] = value;
  } else {
    (parent as Record<string, unknown>)[last] = value;
  }
}

function validate(data: unknown, prefix: readonly PropertyKey[] = []): { raw?: RawProgram; problems: string[] } {
  const parsed = programSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { problems: zodProblems(parsed.error, prefix) };
  const rules = programRuleIssues(parsed.data).map(
    (issue) => `${formatPath([...prefix, ...issue.path])} ${issue.message}`,
  );
  return { raw: parsed.data, problems: rules };
}

function withoutChanges(raw: RawProgram): Program {
  const program: Partial<RawProgram> = { ...raw };
  delete program.changes;
  return program as Program;
}

export function parseProgram(text: string, file: string, today: string): LoadedProgram {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}: ` : '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProgramError(file, [`${where}not valid YAML: ${message}`]);
  }
  const { raw, problems } = validate(data);
  if (!raw) throw new ProgramError(file, problems);

  const changeProblems: string[] = [];
  const seen = new Map<string, number>();
  raw.changes.forEach((change, index) => {
    for (const path of Object.keys(change.set)) {
      const where = `changes[${index}].set.${path}`;
      if (valueAt(data, path) === undefined) changeProblems.push(`${where} names a path the file does not have`);
      const key = `${change.effective} ${path}`;
      const first = seen.get(key);
      if (first !== undefined)
        changeProblems.push(`${where} is also set by changes[${first}] on the same date (${change.effective})`);
      else seen.set(key, index);
    }
  });
  if (problems.length > 0 || changeProblems.length > 0) throw new ProgramError(file, [...problems, ...changeProblems]);

  // Apply in date order; check the program after each change, so a change that breaks a rule
  // (Gold below Silver, a rate above 100%) fails now, not on its effective date.
  const ordered = raw.changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => a.change.effective.localeCompare(b.change.effective));
  const state = structuredClone(withoutChanges(raw)) as Record<string, unknown>;
  let program: Program = withoutChanges(raw);
  for (const { change, index } of ordered) {
    for (const [path, value] of Object.entries(change.set)) setAt(state, splitPath(path), value);
    const after = validate({ ...state, changes: [] });
    if (!after.raw || after.problems.length > 0) {
      throw new ProgramError(
        file,
        after.problems.map((problem) => `changes[${index}] (effective ${change.effective}) would make ${problem}`),
      );
    }
    if (change.effective <= today) program = withoutChanges(after.raw);
  }
  const future = withoutChanges(validate({ ...state, changes: [] }).raw!);
  return {
    file,
    today,
    program,
    future,
    past: ordered.filter(({ change }) => change.effective <= today).map(({ change }) => change),
    upcoming: ordered.filter(({ change }) => change.effective > today).map(({ change }) => change),
  };
}

/** PLAYBOOK_DATE as YYYY-MM-DD, or today in UTC. */
export function buildDate(env: Record<string, string | undefined>, now = new Date()): string {
  const value = env['PLAYBOOK_DATE'];
  if (value === undefined || value === '') return now.toISOString().slice(0, 10);
  if (!isCalendarDate(value)) {
    throw new Error(`PLAYBOOK_DATE must be a date such as 2027-01-01, got "${value}".`);
  }
  return value;
}

export function loadProgram(env: Record<string, string | undefined>, cwd = process.cwd()): LoadedProgram {
  const path = resolve(cwd, env['PLAYBOOK_PROGRAM'] || 'content/program.yaml');
  const file = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ProgramError(file, ['cannot be read: check PLAYBOOK_PROGRAM and the path']);
  }
  return parseProgram(text, file, buildDate(env));
}
