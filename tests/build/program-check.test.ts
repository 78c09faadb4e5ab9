/**
 * `npm run program:check` prices each tier at its threshold and fails a program that loses money.
 * It runs as a person runs it, through scripts/program.mjs, on every shipped program and on a
 * fixture whose Silver tier pays out more than the guardrail allows.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function check(program: string) {
  const result = spawnSync(process.execPath, ['scripts/program.mjs', 'check'], {
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_PROGRAM: program, PLAYBOOK_DATE: '2026-11-29' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run program:check', () => {
  it.each(['content/program.yaml', 'content/programs/core.yaml', 'content/programs/five-tier.yaml'])(
    'passes %s',
    (program) => {
      const { status, output } = check(program);
      expect(output).toContain('Every tier is inside the guardrails.');
      expect(status).toBe(0);
    },
  );

  it('fails a program whose Silver tier loses money, naming the tier and the figures', () => {
    // Silver at $10,000: 25% margin ($2,500) + $5,000 MDF + $2,000 to serve = $9,500, or 95%.
    const { status, output } = check('tests/fixtures/programs/loses-money.yaml');
    expect(status).toBe(1);
    expect(output).toContain(
      'Guardrail broken: Rules in force on 2026-11-29: Silver costs 95% of its $10,000 threshold ($9,500), above the 55% guardrail.',
    );
    expect(output).toContain('Silver leaves $500 of its $10,000 threshold, below the $10,000 guardrail.');
  });

  it('fails with the file and path when the program file itself is bad', () => {
    const { status, output } = check('tests/fixtures/programs/missing.yaml');
    expect(status).toBe(1);
    expect(output).toContain('tests/fixtures/programs/missing.yaml: cannot be read');
  });
});
