/**
 * A company adopts the playbook by editing one file. This builds the whole site, team and partner,
 * from tests/fixtures/programs/unusual.yaml (another company, pounds, odd thresholds and rates,
 * one coming change) and checks that the fixture's values, and none of the default program's,
 * are what the pages, tools, updates page and feed state. Expected values are read from the
 * fixture file's text here, not from the code that renders them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithProgram, type BuildFolder, type ProgramBuild } from './program-build';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixtureProgram = join(projectRoot, 'tests/fixtures/programs/unusual.yaml');
let built: ProgramBuild;
let dir = '';

beforeAll(() => {
  built = buildWithProgram(fixtureProgram);
  dir = built.dir;
}, 600_000);
afterAll(() => built?.remove());

const builds = ['dist', 'dist-partner'] as const;
const text = (build: BuildFolder, path: string): string => built.text(build, path);

describe.each(builds)('built from the fixture program (%s)', (build) => {
  const fixture = readFileSync(fixtureProgram, 'utf8');
  it('the fixture holds the values this test looks for', () => {
    for (const line of [
      'company: Zephyr Robotics',
      'currency: GBP',
      'revenue: 12345',
      'gold: 17',
      'gold: 31000',
      'protectionDays: 45',
      'pilotDays: 75',
      'signatureWithinDays: 23',
      'reminderDays: [45, 21, 5]',
    ]) {
      expect(fixture).toContain(line);
    }
  });

  it.each([
    ['/hub/tiers-and-benefits/', ['£12,345', '17%', '£31,000']],
    ['/hub/selling-with-us/', ['17%']],
    ['/hub/co-marketing-funds/', ['£31,000']],
    ['/hub/deal-registration/', ['45 days']],
    ['/hub/getting-started/', ['Zephyr Robotics']],
  ])('%s states the fixture values', (path, values) => {
    const page = text(build, path);
    for (const value of values) expect(page).toContain(value);
  });

  it('states the fixture course lengths, onboarding hours and QBR timings on partner pages', () => {
    expect(text(build, '/hub/certification/')).toContain('3–5 hours');
    expect(text(build, '/hub/certification/')).toContain('3 days');
    expect(text(build, '/hub/certification/')).not.toContain('2–4 hours');
    expect(text(build, '/hub/getting-started/')).toContain('About 7 hours');
    const qbr = text(build, '/checklists/qbr-preparation/');
    for (const value of ['65 minutes', '2 days before', 'Within 36 hours after']) expect(qbr).toContain(value);
  });

  it('no page states the default company or a dollar amount', () => {
    for (const path of [
      '/hub/tiers-and-benefits/',
      '/hub/selling-with-us/',
      '/hub/co-marketing-funds/',
      '/hub/deal-registration/',
      '/hub/getting-started/',
      '/hub/certification/',
    ]) {
      const page = text(build, path);
      expect(page, path).not.toContain('Acme');
      expect(page.match(/\$\s?\d[\d,.]*/g) ?? [], `${path} states dollar amounts`).toEqual([]);
    }
  });

  it('announces the coming change on the updates page, in the feed and on the affected page', () => {
    expect(text(build, '/hub/program-updates/')).toMatch(/March 1, 2027\s*:\s*Gold needs £150,000 of revenue/);
    expect(readFileSync(join(dir, build, 'program-updates.xml'), 'utf8')).toContain(
      'From March 1, 2027: Gold needs £150,000 of revenue',
    );
    expect(text(build, '/hub/tiers-and-benefits/')).toContain('(from March 1, 2027: £150,000)');
  });
});

describe('the team build from the fixture program', () => {
  it('states the fixture values on team pages too', () => {
    const page = text('dist', '/program/tiers-and-benefits/');
    expect(page).toContain('£12,345');
    expect(page).not.toContain('$25,000');
  });

  it('prices Silver at its threshold in the economics table', () => {
    // £12,345 × 25% margin (larger than the 13% commission) = £3,086.25, + £1,500 MDF + £2,000 to serve
    // = £6,586.25, which is 53.4% of £12,345 and leaves £5,758.75.
    const page = text('dist', '/program/tiers-and-benefits/');
    for (const figure of ['£3,086.25', '£6,586.25', '53.4%', '£5,758.75']) expect(page).toContain(figure);
  });

  it('works the business case in the fixture currency', () => {
    // £10,000,000 new ARR × 20% sourced = £2,000,000.
    expect(text('dist', '/strategy/business-case/')).toContain('£2,000,000');
  });

  it('states the fixture operating rules: pilot, recruitment, QBR, escalation, health score, courses, onboarding, marketplace', () => {
    const pages: [string, string[]][] = [
      ['/lifecycle/identify/', ['pilot of 75 days', '23 days', '13 or more qualified leads', 'after 5 months']],
      ['/program/relationships/', ['at least 4 named contacts', '96 hours', '85–100', 'lasts 65 minutes']],
      ['/lifecycle/review/', ['25–44 Critical', '36 hours', 'Marketplace rating held at 4.3']],
      ['/program/marketplaces/', ['Hold 4.3 stars or more', 'anything under 3.8 as an incident']],
      ['/enablement/certification-program/', ['45, 21 and 5 days', 'within 45 days of signing', '9–14 hours']],
      [
        '/lifecycle/activate/',
        ['accept 45 days', 'hands-on lab of 9–14 hours', 'Portal login within 3 days', '101 done by day 9'],
      ],
    ];
    for (const [path, values] of pages) {
      const page = text('dist', path);
      for (const value of values) expect(page, path).toContain(value);
    }
  });

  it('hands the fixture figures to the calculators as their defaults', () => {
    const raw = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8').replaceAll('&quot;', '"');
    expect(raw('/tools/tier-qualifier/')).toContain('"silver":{"revenue":12345,"referrals":4,"certified":1}');
    expect(raw('/tools/co-marketing-budget/')).toContain('"gold":31000');
    expect(raw('/tools/commission/')).toContain('"referral":17');
    expect(raw('/tools/commission/')).toContain('"currency":"GBP"');
  });

  it('works the commission examples in the fixture currency, at its Gold rate', () => {
    // The page's referral example: £24,000 at Gold's 17% = £4,080; the clawback example: £4,800 × 50% on day 45.
    const page = text('dist', '/tools/commission/');
    expect(page).toContain('£24,000 × 17% = £4,080');
    expect(page).toContain('Clawback: £2,400.');
    expect(page).not.toContain('$4,080');
  });
});
