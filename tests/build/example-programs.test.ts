/**
 * The example programs shipped beside the default build as they are. content/programs/five-tier.yaml
 * has five tiers with their own ids and names (no Platinum) in euros: every page must follow its
 * ladder, not the default program's four tiers. content/programs/core.yaml (four tiers, no
 * certification, a top tier with no referral path) must build too. Expected values are read from
 * the program files' text here, not from the code that renders them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithProgram, decodeEntities, type BuildFolder, type ProgramBuild } from './program-build';

const projectRoot = resolve(import.meta.dirname, '../..');
const builds = ['dist', 'dist-partner'] as const;

/** Ids, names and top-tier revenue from a program file's `tiers:` section, and its currency. */
function ladderOf(file: string) {
  const yaml = readFileSync(file, 'utf8');
  const section = /^tiers:\n([\s\S]*?)\n(?=\S)/m.exec(yaml)?.[1] ?? '';
  const tiers = [...section.matchAll(/^ {2}- id: (\S+)\n {4}name: (.+)$/gm)].map(([, id, name]) => ({
    id: id!,
    name: name!.trim(),
  }));
  const topRevenue = Number([...section.matchAll(/revenue: (\d+)/g)].at(-1)?.[1]);
  const currency = /^currency: (\w+)$/m.exec(yaml)?.[1] ?? '';
  const money = (amount: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  return { tiers, topRevenue, currency, money };
}

/** The option values of the `<select>` with this id. */
function optionValues(html: string, id: string): string[] {
  const select = new RegExp(`<select[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return [...select.matchAll(/<option[^>]*\bvalue="([^"]*)"/g)].map(([, value]) => value!);
}

/** The `data-defaults` JSON a calculator element carries. */
function defaultsOf(html: string, element: string): string {
  return decodeEntities(new RegExp(`<${element}[^>]*\\bdata-defaults="([^"]*)"`).exec(html)?.[1] ?? '');
}

/** Builds both sites from a shipped program file around the tests of the enclosing describe. */
function exampleProgram(path: string) {
  const file = join(projectRoot, path);
  let built: ProgramBuild | undefined;
  beforeAll(() => {
    built = buildWithProgram(file);
  }, 600_000);
  afterAll(() => built?.remove());
  const site = (): ProgramBuild => {
    if (!built) throw new Error(`${path} was not built`);
    return built;
  };
  return { ladder: ladderOf(file), site };
}

describe('the five-tier example program', () => {
  const { ladder, site } = exampleProgram('content/programs/five-tier.yaml');

  it('has the ladder this test looks for', () => {
    expect(ladder.tiers.map((t) => t.id)).toEqual(['member', 'bronze', 'silver', 'gold', 'elite']);
    expect(ladder.tiers.map((t) => t.name)).toEqual(['Member', 'Bronze', 'Silver', 'Gold', 'Elite']);
    expect(ladder.currency).toBe('EUR');
    expect(ladder.topRevenue).toBe(400000);
  });

  it.each(builds)('%s: the hub tiers page names all five tiers and the top threshold in euros', (build) => {
    const page = site().text(build, '/hub/tiers-and-benefits/');
    for (const { name } of ladder.tiers) expect(page).toMatch(new RegExp(`\\b${name}\\b`));
    expect(page).toContain(ladder.money(ladder.topRevenue));
  });

  it('the team tiers page names all five tiers', () => {
    const page = site().text('dist', '/program/tiers-and-benefits/');
    for (const { name } of ladder.tiers) expect(page).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it.each(builds)('%s: the tier qualifier hands the calculator all five tiers', (build) => {
    const defaults = defaultsOf(site().html(build, '/tools/tier-qualifier/'), 'pp-tier-qualifier');
    for (const { id, name } of ladder.tiers) {
      expect(defaults).toContain(`"id":"${id}"`);
      expect(defaults).toContain(`"name":"${name}"`);
    }
  });

  it.each(builds)('%s: the budget tool offers exactly the five tier ids', (build) => {
    const html = site().html(build, '/tools/co-marketing-budget/');
    expect(optionValues(html, 'cmb-tier')).toEqual(ladder.tiers.map((t) => t.id));
  });

  it('the partner build says Platinum nowhere, not even in calculator data', () => {
    const pages = site().pages('dist-partner');
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      expect(
        site()
          .html('dist-partner', path)
          .match(/platinum/gi) ?? [],
        path,
      ).toEqual([]);
    }
  });

  it('names the scorecard bands after its own tiers, by their places on the ladder', () => {
    const text = site().text('dist', '/tools/partner-scorecard/');
    // Top, middle and first tier of five: Elite, Silver, Bronze. The example partner scores 26, the middle band.
    expect(text).toContain('30 or more elite potential, 25–29 silver potential, 15–24 bronze potential');
    expect(text).toContain('Silver potential');
  });

  it('the team build shows Platinum only on the decisions record', () => {
    // The team build's calculators also carry the core example ladder (content/programs/core.yaml,
    // which has a Platinum tier) for `preset=core` links, so this reads what a reader sees. One page
    // may name it: the decisions record, which describes the default program's choices.
    const allowed = ['/reference/sources-and-decisions/'];
    const pages = site().pages('dist');
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages.filter((p) => !allowed.includes(p))) {
      expect(
        site()
          .text('dist', path)
          .match(/[^.\s]*\s?platinum\s?[^.\s]*/gi) ?? [],
        path,
      ).toEqual([]);
    }
  });
});

describe('the core example program', () => {
  const { ladder, site } = exampleProgram('content/programs/core.yaml');

  it.each(builds)('%s: builds, and the hub tiers page states its ladder', (build: BuildFolder) => {
    expect(ladder.tiers).toHaveLength(4);
    const page = site().text(build, '/hub/tiers-and-benefits/');
    for (const { name } of ladder.tiers) expect(page).toContain(name);
    expect(page).toContain(ladder.money(ladder.topRevenue));
  });
});
