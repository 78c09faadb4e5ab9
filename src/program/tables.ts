/**
 * Every table of program figures that pages show, as plain rows of text, built from one loaded
 * program. Pages render them with <TierTable> and <ProgramFacts>; the tests build them from a
 * fixture program. A cell that a dated change will alter carries the new value and its date.
 *
 * Public API
 * - `tierColumns` (column id → heading); `tierTable(loaded, columns, { earnedOnly })`.
 * - `factTables` — the other tables by name: benefits, clawback, mdfApproval, rebates, brackets,
 *   contacts, certification, courses, onboardingWeeks, enablementTargets, targets, dealRules, leadPassing,
 *   qbrAgenda, escalation, healthScore, healthBands, economics.
 *   Each is `(loaded) → { headers, rows }`.
 * - `markdownTable(table)` — a table as Markdown, for copyable templates.
 */
import { formatMoney, formatPercent } from '../lib/format';
import { valueAt, type LoadedProgram } from './load';
import { formatFigure, unitOf } from './units';
import { tierEconomics } from './economics';
import { longDate } from './dates';
import { clawbackWindows, clawbackWindowText } from '../lib/clawback';

export interface TableData {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The program's upcoming dated changes that alter the figure at `path` (or anything under it). */
function changesTo(loaded: LoadedProgram, path: string): LoadedProgram['upcoming'] {
  return loaded.upcoming.filter((change) =>
    Object.keys(change.set).some((changed) => changed === path || changed.startsWith(`${path}.`)),
  );
}

/** Reads and formats figures of one loaded program. */
export function reader(loaded: LoadedProgram) {
  const { program } = loaded;
  const ids = program.tiers.map((t) => t.id);
  const fmt = (path: string, from = program) => formatFigure(valueAt(from, path), unitOf(path, ids), program.currency);
  /** The formatted figure, followed by "(from <date>: <new value>)" for each upcoming change to it. */
  const shown = (path: string) =>
    changesTo(loaded, path).reduce(
      (text, change) => `${text} (from ${longDate(change.effective)}: ${fmt(path, loaded.future)})`,
      fmt(path),
    );
  return {
    program,
    fmt,
    shown,
    money: (amount: number) => formatMoney(amount, program.currency),
    percent: (rate: number) => formatPercent(rate, 2),
  };
}

export const tierColumns = {
  requirement: 'What it takes',
  summary: 'Who it is for',
  referral: 'Commission on deals you source',
  influenced: 'On deals you influence',
  margin: 'Resale margin',
  registeredMargin: 'Resale margin, registered deal',
  mdf: 'Co-marketing funds (MDF) a year',
  grace: 'Grace period below threshold',
  costToServe: 'Cost to serve a year',
} as const;
export type TierColumn = keyof typeof tierColumns;

export function tierTable(
  loaded: LoadedProgram,
  columns: readonly TierColumn[],
  { earnedOnly = false } = {},
): TableData {
  const { program, shown, percent } = reader(loaded);
  const rows = earnedOnly ? program.tiers.slice(1) : program.tiers;
  const cell = (column: TierColumn, t: (typeof rows)[number]): string => {
    const id = t.id;
    switch (column) {
      case 'requirement': {
        const r = t.requires;
        if (!r) return 'A signed partner agreement';
        const base = `tiers.${id}.requires`;
        const paths = [
          r.revenue !== undefined ? `${shown(`${base}.revenue`)} revenue` : null,
          r.referrals !== undefined ? `${shown(`${base}.referrals`)} referrals` : null,
        ].filter(Boolean);
        const either = paths.join(' or ');
        return r.certified === undefined || r.certified === 0
          ? either
          : `${either}, and ${shown(`${base}.certified`)} certified ${r.certified === 1 ? 'person' : 'people'}`;
      }
      case 'summary':
        return t.summary;
      case 'referral':
        return shown(`commission.referral.${id}`);
      case 'influenced':
        return percent((program.commission.referral[id]! * program.dealRegistration.payoutSplit.influenced) / 100);
      case 'margin':
        return shown(`resale.margin.${id}`);
      case 'registeredMargin':
        return percent(program.resale.margin[id]! + program.resale.registeredBonus);
      case 'mdf':
        return shown(`mdf.allocation.${id}`);
      case 'grace':
        return id in program.tierReview.graceQuarters ? shown(`tierReview.graceQuarters.${id}`) : 'None';
      case 'costToServe':
        return shown(`costToServe.${id}`);
    }
  };
  return {
    headers: ['Tier', ...columns.map((column) => tierColumns[column])],
    rows: rows.map((t) => [t.name, ...columns.map((column) => cell(column, t))]),
  };
}

type Course = LoadedProgram['program']['certification']['courses'][number];
/** "2–4 hours", "2 hours" or "2 days", formatted by `fmt(path)`. */
export function courseLength(course: Course, fmt: (path: string) => string): string {
  const at = `certification.courses.${course.id}`;
  if (course.days !== undefined) return fmt(`${at}.days`);
  return course.maxHours !== undefined && course.maxHours !== course.minHours
    ? `${course.minHours}–${fmt(`${at}.maxHours`)}`
    : fmt(`${at}.minHours`);
}

/** "60–79": the scores in a health-score band; the top band runs to 100. */
export function bandRange(bands: readonly { from: number }[], index: number): string {
  return `${bands[index]!.from}–${index === 0 ? 100 : bands[index - 1]!.from - 1}`;
}

const upTo = (limit: number | null, money: (n: number) => string, last: string) =>
  limit === null ? last : `Up to ${money(limit)}`;

/** A benefits-matrix cell as partners read it: Yes, No or the program's own words. */
export const benefitWord = (value: boolean | string): string =>
  value === true ? 'Yes' : value === false ? 'No' : value;

export const factTables = {
  benefits(loaded: LoadedProgram): TableData {
    const { program, shown } = reader(loaded);
    const tierRow = (label: string, pathOf: (id: string) => string) => [
      label,
      ...program.tiers.map((t) => shown(pathOf(t.id))),
    ];
    return {
      headers: ['Benefit', ...program.tiers.map((t) => t.name)],
      rows: [
        tierRow('Commission on deals you source', (id) => `commission.referral.${id}`),
        tierRow('Resale margin', (id) => `resale.margin.${id}`),
        tierRow('Co-marketing funds (MDF) a year', (id) => `mdf.allocation.${id}`),
        ...program.benefits.map((row) => [row.benefit, ...program.tiers.map((t) => benefitWord(row.tiers[t.id]!))]),
      ],
    };
  },
  clawback(loaded: LoadedProgram): TableData {
    return {
      headers: ['Customer cancels', 'Commission returned'],
      rows: clawbackWindows(loaded.program.dealRegistration.clawback).map(clawbackWindowText),
    };
  },
  mdfApproval(loaded: LoadedProgram): TableData {
    const { program, money } = reader(loaded);
    return {
      headers: ['Request amount', 'Approved by', 'Decision within'],
      rows: program.mdf.approval.map((rule, index, all) => [
        upTo(rule.upTo, money, `Above ${money(all[index - 1]?.upTo ?? 0)}`),
        rule.approver,
        `${rule.days} business days`,
      ]),
    };
  },
  rebates(loaded: LoadedProgram): TableData {
    const { program, money, percent } = reader(loaded);
    return {
      headers: ['Annual resale volume', 'Rebate on the volume inside the band'],
      rows: program.resale.rebates.map((band) => [
        band.upTo === null ? `Above ${money(band.from)}` : `${money(band.from)} to ${money(band.upTo)}`,
        percent(band.rate),
      ]),
    };
  },
  brackets(loaded: LoadedProgram): TableData {
    const { program, money, percent } = reader(loaded);
    let from = 0;
    return {
      headers: ['Annual sourced revenue', 'Rate'],
      rows: program.commission.tiered.brackets.map((bracket) => {
        const row = [
          bracket.upTo === null ? `Above ${money(from)}` : `${money(from)} to ${money(bracket.upTo)}`,
          percent(bracket.rate),
        ];
        from = bracket.upTo ?? from;
        return row;
      }),
    };
  },
  contacts(loaded: LoadedProgram): TableData {
    const { program } = reader(loaded);
    return {
      headers: ['For', 'Team', 'Email', 'We answer within'],
      rows: program.contacts.map((c) => [c.topic, c.team, c.email, `${c.responseHours} hours`]),
    };
  },
  certification(loaded: LoadedProgram): TableData {
    const { program } = reader(loaded);
    return {
      headers: ['Certification', 'What it takes', 'Valid for', 'What it opens'],
      rows: program.certification.tracks.map((t) => [t.name, t.requires, `${t.validMonths} months`, t.unlocks]),
    };
  },
  courses(loaded: LoadedProgram): TableData {
    const { program, fmt } = reader(loaded);
    return {
      headers: ['Level', 'Who it is for', 'Format', 'Time'],
      rows: program.certification.courses.map((c) => {
        return [`${c.level} ${c.name}`, c.audience, c.format, courseLength(c, fmt)];
      }),
    };
  },
  onboardingWeeks(loaded: LoadedProgram): TableData {
    const { program, fmt } = reader(loaded);
    return {
      headers: ['Week', 'Focus', 'Time to set aside'],
      rows: program.onboarding.weeks.map((w, index) => [
        String(index + 1),
        w.name,
        `About ${fmt(`onboarding.weeks.${w.id}.setAsideHours`)}`,
      ]),
    };
  },
  enablementTargets(loaded: LoadedProgram): TableData {
    const { program, percent } = reader(loaded);
    const t = program.certification.targets;
    return {
      headers: ['Metric', 'Definition', 'Target'],
      rows: [
        ['Training completion', 'Enrolled learners who finish their course', `${percent(t.completionShare)} or more`],
        [
          'Certification rate',
          'Learners who finish training and pass the certification',
          `${percent(t.certifiedShare)} or more`,
        ],
        ['Training use', 'Partners using the training benefit at all', `${percent(t.trainingUseShare)} or more`],
        [
          'Time to first deal',
          'Days from signing to first closed deal',
          `Under ${program.targets.daysToFirstDeal} days`,
        ],
        ['Recertification rate', 'Certified people who renew before expiry', `${percent(t.renewedShare)} or more`],
        [
          'Certified win rate',
          'Win rate of certified sellers against uncertified ones',
          'Higher, and tracked quarterly',
        ],
      ],
    };
  },
  targets(loaded: LoadedProgram): TableData {
    const { shown } = reader(loaded);
    return {
      headers: ['Measure', 'Our target'],
      rows: [
        ['Partner-sourced share of new ARR', `${shown('targets.sourcedShare')} or more`],
        ['Partner-influenced share of new ARR', `${shown('targets.influencedShare')} or more`],
        ['Active partners (activation rate)', `${shown('targets.activationRate')} or more`],
        ['Partner NPS', `${shown('targets.partnerNps')} or more`],
        ['Days from signing to first closed deal', `Under ${shown('targets.daysToFirstDeal')}`],
      ],
    };
  },
  dealRules(loaded: LoadedProgram): TableData {
    const { shown, program } = reader(loaded);
    const d = program.dealRegistration;
    return {
      headers: ['Rule', 'Our terms'],
      rows: [
        ['Register within', `${shown('dealRegistration.registerWithinDays')} of first contact with the customer`],
        ['We decide within', shown('dealRegistration.reviewBusinessDays')],
        ['Protection from approval', shown('dealRegistration.protectionDays')],
        [
          'Extensions',
          `${shown('dealRegistration.extensionDays')} each, up to ${d.maxExtensions}, with documented progress`,
        ],
        ['Paid on a deal you source', `${shown('dealRegistration.payoutSplit.sourced')} of your tier's rate`],
        ['Paid on a deal you influence', `${shown('dealRegistration.payoutSplit.influenced')} of your tier's rate`],
      ],
    };
  },
  leadPassing(loaded: LoadedProgram): TableData {
    const { shown } = reader(loaded);
    return {
      headers: ['Step', 'Partner does it within'],
      rows: [
        ['Accept or decline a lead we pass', `${shown('leads.acceptWithinBusinessDays')} of receiving it`],
        ['First contact with the customer', `${shown('leads.contactWithinBusinessDays')} of accepting it`],
        [
          'Record progress (a meeting, a call, a next step)',
          `${shown('leads.returnAfterDays')}, or the lead comes back to us`,
        ],
      ],
    };
  },
  qbrAgenda(loaded: LoadedProgram): TableData {
    const { program } = reader(loaded);
    return {
      headers: ['Section', 'Minutes'],
      rows: program.qbr.sections.map((section) => [section.name, String(section.minutes)]),
    };
  },
  escalation(loaded: LoadedProgram): TableData {
    const { program, fmt } = reader(loaded);
    return {
      headers: ['Severity', 'Examples', 'Response within', 'Owner'],
      rows: program.escalation.map((level) => [
        level.name,
        level.examples,
        fmt(`escalation.${level.id}.responseHours`),
        level.owner,
      ]),
    };
  },
  healthScore(loaded: LoadedProgram): TableData {
    const { program } = reader(loaded);
    return {
      headers: ['Dimension', 'Weight', 'What it measures', 'Points'],
      rows: program.healthScore.dimensions.map((d) => [
        d.name,
        String(d.levels[0]?.points ?? 0),
        d.measures,
        d.levels.map((level) => `${level.when}: ${level.points}`).join(' · '),
      ]),
    };
  },
  healthBands(loaded: LoadedProgram): TableData {
    const { program } = reader(loaded);
    return {
      headers: ['Score', 'Band', 'Action'],
      rows: program.healthScore.bands.map((band, index, bands) => [bandRange(bands, index), band.name, band.action]),
    };
  },
  /** Each earned tier priced at its revenue threshold, against the guardrails (src/program/economics.ts). */
  economics(loaded: LoadedProgram): TableData {
    const { program, money, percent } = reader(loaded);
    const { maxCostShare, minContribution } = program.guardrails;
    const share = (value: number) => (Number.isFinite(value) ? percent(Math.round(value * 10) / 10) : 'All of it');
    return {
      headers: [
        'Tier',
        'Revenue at the threshold',
        'Commission',
        'Resale margin',
        'MDF a year',
        'Cost to serve',
        'Total cost (larger payout)',
        'Total as % of revenue',
        'Contribution',
        `Guardrails (${percent(maxCostShare)} at most, ${money(minContribution)} left)`,
      ],
      rows: tierEconomics(program).map((row) => [
        row.name,
        money(row.revenue),
        `${money(row.commission)} at ${percent(row.commissionRate)}`,
        `${money(row.margin)} at ${percent(row.marginRate)}`,
        money(row.mdf),
        money(row.costToServe),
        money(row.totalCost),
        share(row.costShare),
        money(row.contribution),
        `${row.withinMaxCostShare ? 'Cost share within' : 'Cost share above the limit'}; ${row.meetsMinContribution ? 'contribution met' : 'contribution short'}`,
      ]),
    };
  },
} satisfies Record<string, (loaded: LoadedProgram) => TableData>;
export type FactTable = keyof typeof factTables;

/** A table as Markdown, so a copyable template can carry program figures the reader pastes elsewhere. */
export function markdownTable({ headers, rows }: TableData): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
