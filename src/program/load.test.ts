import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgram, ProgramError, buildDate, valueAt } from './load';

const file = 'content/program.yaml';
const text = readFileSync(file, 'utf8');

/** The default program with one line replaced, for error cases. */
function edited(find: string, replace: string): string {
  expect(text).toContain(find);
  return text.replace(find, replace);
}

function problems(source: string, today = '2026-11-29'): string[] {
  try {
    parseProgram(source, 'program.yaml', today);
  } catch (error) {
    if (error instanceof ProgramError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the default program', () => {
  it('loads, with past changes applied and future ones announced', () => {
    const loaded = parseProgram(text, file, '2026-11-29');
    expect(loaded.program.company).toBe('Acme Analytics');
    expect(loaded.program.dealRegistration.protectionDays).toBe(30);
    expect(loaded.past.map((c) => c.effective)).toEqual(['2026-07-01']);
    expect(loaded.upcoming.map((c) => c.effective)).toEqual(['2027-01-01']);
    expect(valueAt(loaded.program, 'tiers.gold.requires.revenue')).toBe(100000);
    expect(valueAt(loaded.future, 'tiers.gold.requires.revenue')).toBe(120000);
  });

  it('applies a change from its effective day on, not before', () => {
    expect(valueAt(parseProgram(text, file, '2026-12-31').program, 'tiers.gold.requires.revenue')).toBe(100000);
    expect(valueAt(parseProgram(text, file, '2027-01-01').program, 'tiers.gold.requires.revenue')).toBe(120000);
    expect(parseProgram(text, file, '2026-06-30').program.dealRegistration.protectionDays).toBe(21);
  });
});

describe('a bad program file', () => {
  it.each([
    [
      'a threshold that is text',
      ['revenue: 25000', 'revenue: fifty'],
      'tiers[1].requires.revenue must be a number ≥ 0, got "fifty"',
    ],
    [
      'a misspelt key',
      ['    requires: { revenue: 100000', '    requries: { revenue: 100000'],
      'tiers[2] has unknown key "requries": check the spelling',
    ],
    [
      'thresholds that do not rise',
      ['revenue: 100000', 'revenue: 20000'],
      "tiers[2].requires.revenue must be more than Silver's 25000, got 20000",
    ],
    [
      'a rate for a tier that does not exist',
      ['referral: { registered: 10, silver: 15, gold: 20', 'referral: { registered: 10, silver: 15, gould: 20'],
      'commission.referral.gould names no tier',
    ],
    [
      'a missing tier in a rate table',
      [
        'allocation: { registered: 0, silver: 2000, gold: 10000, platinum: 50000 }',
        'allocation: { registered: 0, silver: 2000, gold: 10000 }',
      ],
      'mdf.allocation is missing tier "platinum"',
    ],
    [
      'a rate above 100%',
      ['margin: { registered: 20', 'margin: { registered: 120'],
      'resale.margin.registered must be a percentage from 0 to 100, got 120',
    ],
    ['a currency code that does not exist', ['currency: USD', 'currency: USX'], 'currency must be one of'],
    [
      'a change to a path the file does not have',
      ['set: { tiers.gold.requires.revenue: 120000 }', 'set: { tiers.gold.requires.turnover: 120000 }'],
      'changes[1].set.tiers.gold.requires.turnover names a path the file does not have',
    ],
    [
      'a change that breaks a rule',
      ['set: { tiers.gold.requires.revenue: 120000 }', 'set: { tiers.gold.requires.revenue: 600000 }'],
      "changes[1] (effective 2027-01-01) would make tiers[3].requires.revenue must be more than Gold's 600000, got 500000",
    ],
    [
      'a change of the wrong type',
      ['set: { tiers.gold.requires.revenue: 120000 }', 'set: { tiers.gold.requires.revenue: lots }'],
      'would make tiers[2].requires.revenue must be a number ≥ 0, got "lots"',
    ],
    [
      'an impossible date',
      ['effective: 2027-01-01', 'effective: 2027-02-30'],
      'changes[1].effective must be a date such as 2027-01-01',
    ],
    [
      'a missing field',
      ['  registerWithinDays: 7\n', ''],
      'dealRegistration.registerWithinDays is missing: it must be a whole number ≥ 1',
    ],
    ['a YAML syntax error', ['company: Acme Analytics', 'company: [Acme'], 'not valid YAML'],
    [
      'health-score weights that do not add up to 100',
      ['{ when: Growing 20% or more a year, points: 30 }', '{ when: Growing 20% or more a year, points: 35 }'],
      'healthScore.dimensions must have top levels adding up to 100 points, got 105',
    ],
    [
      'a health-score level worth more than the one above it',
      ['{ when: Flat, points: 10 }', '{ when: Flat, points: 25 }'],
      'healthScore.dimensions[0].levels[2].points must be fewer than the level before (20)',
    ],
    [
      'health-score bands out of order',
      ['name: Healthy, from: 60', 'name: Healthy, from: 85'],
      'healthScore.bands[1].from must be lower than the band before (80)',
    ],
    [
      'a course with both hours and days',
      ['      days: 2\n', '      days: 2\n      minHours: 8\n'],
      'certification.courses[3] needs minHours (and maxHours if it varies) or days, not both',
    ],
    [
      'reminders out of order',
      ['reminderDays: [60, 30, 7]', 'reminderDays: [60, 70, 7]'],
      'certification.reminderDays[1] must be fewer than 60',
    ],
    [
      'a star rating out of range',
      ['ratingTarget: 4.5', 'ratingTarget: 6'],
      'marketplace.ratingTarget must be a star rating from 1 to 5',
    ],
    [
      'an incident rating above the target',
      ['ratingIncidentBelow: 4.0', 'ratingIncidentBelow: 4.8'],
      'marketplace.ratingIncidentBelow must not be above ratingTarget (4.5), got 4.8',
    ],
  ])('reports %s with the path and what was expected', (_name, [find, replace], expected) => {
    const found = problems(edited(find!, replace!));
    expect(found.join('\n')).toContain(expected);
  });

  it('reports two changes to one path on the same date', () => {
    const twice = `${text}\n  - effective: 2027-01-01\n    summary: Gold again\n    set: { tiers.gold.requires.revenue: 130000 }\n`;
    expect(problems(twice).join('\n')).toContain(
      'changes[2].set.tiers.gold.requires.revenue is also set by changes[1] on the same date (2027-01-01)',
    );
  });

  it('names the file on every line of the error', () => {
    expect(() =>
      parseProgram(edited('revenue: 25000', 'revenue: fifty'), 'my/program.yaml', '2026-11-29'),
    ).toThrowError(/my\/program\.yaml: tiers\[1\]\.requires\.revenue must be a number ≥ 0, got "fifty"/);
  });
});

describe('buildDate', () => {
  it('takes PLAYBOOK_DATE, or today in UTC', () => {
    expect(buildDate({ PLAYBOOK_DATE: '2027-03-04' })).toBe('2027-03-04');
    expect(buildDate({}, new Date('2026-11-29T23:59:00Z'))).toBe('2026-11-29');
  });
  it('rejects a date that is not one', () => {
    expect(() => buildDate({ PLAYBOOK_DATE: 'tomorrow' })).toThrowError(
      'PLAYBOOK_DATE must be a date such as 2027-01-01, got "tomorrow".',
    );
  });
});

describe('shipped example programs and fixtures', () => {
  it.each(['content/programs/core.yaml', 'content/programs/five-tier.yaml', 'tests/fixtures/programs/unusual.yaml'])(
    '%s is valid',
    (path) => {
      const loaded = parseProgram(readFileSync(path, 'utf8'), path, '2026-11-29');
      expect(loaded.program.tiers.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('a five-tier program keeps its own ids', () => {
    const loaded = parseProgram(
      readFileSync('content/programs/five-tier.yaml', 'utf8'),
      'five-tier.yaml',
      '2026-11-29',
    );
    expect(loaded.program.tiers.map((t) => t.id)).toEqual(['member', 'bronze', 'silver', 'gold', 'elite']);
    expect(loaded.program.currency).toBe('EUR');
  });
});
