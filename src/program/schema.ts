/**
 * The shape of content/program.yaml, with the message each field gives when it is wrong.
 * Field-by-field rules live here; rules that compare fields (thresholds rise, every tier id
 * exists) are in `programRuleIssues` below, so one parse reports every problem at once.
 *
 * Public API
 * - `programSchema` — the zod schema; `RawProgram` — a file that passed it.
 * - `programRuleIssues(raw)` — cross-field problems as `{ path, message }`.
 * - Parts used elsewhere: `Tier`, `TierRequirement`, `Bracket`, `ClawbackBand`, `Change`.
 */
import { z } from 'astro/zod';
import { currencyCodes } from '../lib/format';

const money = z.number({ error: 'must be a number ≥ 0' }).min(0, 'must be a number ≥ 0');
const count = z
  .number({ error: 'must be a whole number ≥ 0' })
  .int('must be a whole number ≥ 0')
  .min(0, 'must be a whole number ≥ 0');
const positiveCount = z
  .number({ error: 'must be a whole number ≥ 1' })
  .int('must be a whole number ≥ 1')
  .min(1, 'must be a whole number ≥ 1');
const percent = z
  .number({ error: 'must be a percentage from 0 to 100' })
  .min(0, 'must be a percentage from 0 to 100')
  .max(100, 'must be a percentage from 0 to 100');
const stars = z
  .number({ error: 'must be a star rating from 1 to 5' })
  .min(1, 'must be a star rating from 1 to 5')
  .max(5, 'must be a star rating from 1 to 5');
const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const id = z
  .string({ error: 'must be an id such as "gold"' })
  .regex(/^[a-z][a-z0-9-]*$/, 'must be an id of lower-case letters, digits and hyphens, such as "gold"');
/** YYYY-MM-DD naming a day that exists (no 30 February). */
export function isCalendarDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

const isoDate = z
  .union([z.date(), z.string()], { error: 'must be a date such as 2027-01-01' })
  .transform((value, ctx) => {
    const day = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!isCalendarDate(day)) {
      ctx.addIssue({ code: 'custom', message: 'must be a date such as 2027-01-01' });
      return z.NEVER;
    }
    return day;
  });

/** One value per tier id; which ids must be present is checked against `tiers` afterwards. */
const byTier = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value, { error: 'must map each tier id to a value' });

const requirement = z.strictObject({
  revenue: money.optional().describe('Partner-sourced revenue over the measurement window'),
  referrals: count.optional().describe('Qualified referrals over the measurement window'),
  certified: count.optional().describe('People at the partner holding a sales or technical certification'),
});

const tier = z.strictObject({
  id: id.describe('Used in URLs, tables and `changes` paths'),
  name: text.describe('The name partners see'),
  summary: text.describe('One line: who the tier is for'),
  requires: requirement.optional().describe('Omit for the entry tier; revenue OR referrals, AND certified when given'),
});

const bracket = z.strictObject({ upTo: money.nullable(), rate: percent });
const clawbackBand = z.strictObject({ beforeDay: positiveCount, share: percent, proRata: z.boolean().optional() });

const change = z.strictObject({
  effective: isoDate.describe('The first day the change applies'),
  summary: text.describe('One sentence partners read on the updates page and in the feed'),
  set: z.record(z.string(), z.unknown()).describe('Dotted paths into this file, with their new values'),
});

export const programSchema = z
  .strictObject({
    company: text.describe('The company name partners see'),
    programName: text.describe('The partner program name'),
    currency: z.enum(currencyCodes, { error: `must be one of ${currencyCodes.join(', ')}` }),
    tiers: z.array(tier).min(2, 'needs at least two tiers'),
    tierReview: z.strictObject({
      measuredOverMonths: positiveCount,
      reviewEveryMonths: positiveCount,
      graceQuarters: byTier(count),
      provisionalMonths: positiveCount.describe(
        'How long a new partner may hold a provisional tier before its first review',
      ),
    }),
    benefits: z.array(z.strictObject({ benefit: text, tiers: byTier(z.union([z.boolean(), text])) })),
    commission: z.strictObject({
      referral: byTier(percent).describe('% of first-year value on sourced deals'),
      recurring: z.strictObject({ rate: percent, months: positiveCount }),
      tiered: z.strictObject({
        method: z.enum(['marginal', 'whole'], { error: 'must be "marginal" or "whole"' }),
        brackets: z.array(bracket).min(1, 'needs at least one bracket'),
      }),
      renewal: z.strictObject({ rate: percent, renewals: count }),
      holdbackDays: count,
      paymentRun: z.enum(['monthly', 'quarterly'], { error: 'must be "monthly" or "quarterly"' }),
      minimumPayout: money,
    }),
    resale: z.strictObject({
      margin: byTier(percent),
      registeredBonus: percent,
      rebates: z.array(z.strictObject({ from: money, upTo: money.nullable(), rate: percent })),
      renewalMargin: percent,
    }),
    mdf: z.strictObject({
      allocation: byTier(money),
      share: percent,
      approval: z.array(z.strictObject({ upTo: money.nullable(), approver: text, days: positiveCount })).min(1),
      requestLeadDays: count,
      claimWithinDays: positiveCount,
      paidWithinDays: positiveCount,
      leadFollowUpHours: positiveCount.describe('Hours within which leads from a funded activity are followed up'),
      multipliers: z.strictObject({
        pipeline: z.strictObject({ min: money, max: money }),
        strategic: z.strictObject({ min: money, max: money }),
      }),
    }),
    dealRegistration: z.strictObject({
      registerWithinDays: positiveCount,
      reviewBusinessDays: positiveCount,
      protectionDays: positiveCount,
      extensionDays: count,
      maxExtensions: count,
      selfServiceCertification: id,
      payoutSplit: z.strictObject({ sourced: percent, influenced: percent }),
      clawback: z.array(clawbackBand).min(1),
    }),
    certification: z.strictObject({
      tracks: z
        .array(z.strictObject({ id, name: text, requires: text, validMonths: positiveCount, unlocks: text }))
        .min(1),
      courses: z
        .array(
          z.strictObject({
            id,
            level: positiveCount.describe('The course number partners see, such as 101'),
            name: text,
            audience: text.describe('Who the course is for'),
            format: text,
            minHours: positiveCount.optional().describe('Hours the course takes; plan this figure'),
            maxHours: positiveCount.optional().describe('Hours it can take for a complex product'),
            days: positiveCount.optional().describe('Days, for a workshop measured in days instead of hours'),
          }),
        )
        .min(1)
        .describe('The training levels the certifications build on'),
      reminderDays: z
        .array(positiveCount)
        .min(1)
        .describe('Days before a certificate lapses on which its holder is reminded, earliest first'),
      targets: z
        .strictObject({
          completionShare: percent.describe('Enrolled learners who finish their course'),
          certifiedShare: percent.describe('Learners who finish training and pass the certification'),
          trainingUseShare: percent.describe('Partners using the training benefit at all'),
          renewedShare: percent.describe('Certified people who renew before expiry'),
        })
        .describe('Enablement targets'),
    }),
    affiliate: z.strictObject({
      rate: percent,
      recurringMonths: positiveCount,
      cookieDays: positiveCount,
      payoutThreshold: money,
      paidAfterDays: count,
    }),
    recruitment: z.strictObject({
      approvalBusinessDays: positiveCount.describe('Business days from a complete application to our decision'),
      approver: text.describe('Who approves a new partner'),
      pilotDays: positiveCount.describe('Length of the pilot a prioritized partner runs after signing'),
      pilotLeadTarget: positiveCount.describe(
        'Qualified leads a co-marketing pilot produces within its days for a full rollout',
      ),
      signatureWithinDays: positiveCount.describe('Days from first outreach to signature for P0 and P1 candidates'),
      rescoreAfterMonths: positiveCount.describe('Months before a candidate that is not ready is scored again'),
      minContacts: positiveCount.describe('Named contacts at a partner below which the relationship is a risk'),
    }),
    onboarding: z
      .strictObject({
        weeks: z
          .array(z.strictObject({ id, name: text, setAsideHours: positiveCount }))
          .min(1)
          .describe('The first month of a partner that sells with us, week by week, with the hours to set aside'),
        certifiedWithinDays: positiveCount.describe(
          'Latest day after signing by which a selling partner has its first certified person',
        ),
        portalLoginWithinDays: positiveCount.describe(
          'Days after signing by which the partner first logs in to the portal',
        ),
        foundationsByDay: positiveCount.describe('Day after signing by which the 101 Foundations course is done'),
      })
      .describe('Onboarding for partners that sell with us'),
    leads: z.strictObject({
      acceptWithinBusinessDays: positiveCount.describe(
        'Business days a partner has to accept or decline a lead we pass',
      ),
      contactWithinBusinessDays: positiveCount.describe(
        'Business days from accepting a lead to first customer contact',
      ),
      returnAfterDays: positiveCount.describe('Days without recorded progress before a passed lead comes back to us'),
    }),
    targets: z.strictObject({
      sourcedShare: percent,
      influencedShare: percent,
      activationRate: percent,
      partnerNps: z.number({ error: 'must be an NPS from -100 to 100' }).min(-100).max(100),
      daysToFirstDeal: positiveCount,
      activeWithinMonths: positiveCount,
      registeredDealShare: percent.describe('Registered closed deals ÷ all partner closed deals'),
    }),
    planning: z
      .strictObject({
        newArrTarget: money.describe('Company new ARR for the year'),
        averageDeal: money.describe('Average partner-sourced deal, first-year value'),
        dealsPerActivePartner: money.describe('Closed deals per active partner per year'),
        partnersPerManager: positiveCount.describe('Partners one partner manager can run'),
        managerCost: money.describe('Fully loaded annual cost of a partner manager'),
        blendedPayout: percent.describe('Blended commission or margin, % of sourced revenue'),
        mdfPerActivePartner: money.describe('Average MDF per active partner per year'),
        tooling: money.describe('PRM, portal and tracking cost a year'),
        directCostPerDollar: money.describe('What $1 of new ARR costs through direct sales'),
      })
      .describe('Assumptions for the business case and the program planner'),
    costToServe: byTier(money),
    guardrails: z.strictObject({ maxCostShare: percent, minContribution: money }),
    demo: z
      .strictObject({
        idleWarningDays: positiveCount.describe('Days without a login before an idle demo tenant is warned'),
        reclaimAfterDays: positiveCount.describe('Further days without a login before the tenant is reclaimed'),
      })
      .describe('Partner demo sandboxes'),
    marketplace: z
      .strictObject({
        ratingTarget: stars.describe('Star rating below which a review asks the listing owner for a recovery plan'),
        ratingIncidentBelow: stars.describe('Star rating below which the listing owner handles it as an incident'),
      })
      .describe('Our marketplace listings'),
    agreement: z
      .strictObject({
        termMonths: positiveCount.describe('Initial term; renews for the same term unless either side gives notice'),
        convenienceNoticeDays: positiveCount.describe('Notice either side gives to end the agreement for any reason'),
        cureDays: count.describe('Time to fix a material breach before termination for cause'),
        commissionTailMonths: count.describe(
          'After termination, months in which deals registered before it still earn commission',
        ),
        liabilityCapMonths: positiveCount.describe(
          'Liability is capped at the fees paid or payable in this many months',
        ),
        breakingChangeNoticeDays: count.describe('Notice before a breaking change to an API an integration uses'),
      })
      .describe('Standard terms of the partnership agreement'),
    qbr: z
      .strictObject({
        agendaDaysAhead: positiveCount.describe('Days before the meeting the draft agenda goes to the partner'),
        notesWithinHours: positiveCount.describe('Hours after the meeting within which notes and tasks go out'),
        sections: z
          .array(z.strictObject({ id, name: text, minutes: positiveCount }))
          .min(1)
          .describe('The agenda, in order; the meeting lasts their total'),
      })
      .describe('The quarterly business review'),
    escalation: z
      .array(
        z.strictObject({
          id,
          name: text,
          examples: text.describe('What counts at this severity'),
          owner: text.describe('Who takes it'),
          responseHours: positiveCount,
        }),
      )
      .min(1)
      .describe('Escalations by severity, most severe first'),
    healthScore: z
      .strictObject({
        dimensions: z
          .array(
            z.strictObject({
              id,
              name: text,
              measures: text,
              levels: z
                .array(z.strictObject({ when: text, points: count }))
                .min(2)
                .describe('Best level first; the points of the first level are the weight of the dimension'),
            }),
          )
          .min(1),
        bands: z
          .array(z.strictObject({ id, name: text, from: count, action: text }))
          .min(1)
          .describe('Highest first; a score at or above `from` is in the band, and the last band starts at 0'),
      })
      .describe('The internal partner health score, out of 100'),
    contacts: z
      .array(
        z.strictObject({
          topic: text,
          team: text,
          email: z.email({ error: 'must be an email address' }),
          responseHours: positiveCount,
        }),
      )
      .min(1),
    changes: z.array(change).default([]),
  })
  .describe('A partner program: tiers, money, rules and dated changes');

export type RawProgram = z.infer<typeof programSchema>;
export type Tier = RawProgram['tiers'][number];
export type TierRequirement = NonNullable<Tier['requires']>;
export type Bracket = RawProgram['commission']['tiered']['brackets'][number];
export type ClawbackBand = RawProgram['dealRegistration']['clawback'][number];
export type Change = RawProgram['changes'][number];

export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Every `byTier` field, by its path: each must name every tier and no other. */
const tierKeyedFields = [
  ['tierReview', 'graceQuarters'],
  ['commission', 'referral'],
  ['resale', 'margin'],
  ['mdf', 'allocation'],
  ['costToServe'],
] as const;

/** Grace periods exist only for tiers that can be lost, so they skip the entry tier. */
const earnedOnly = new Set(['tierReview.graceQuarters']);

function at(raw: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], raw);
}

/** Problems that need more than one field to see. */
export function programRuleIssues(raw: RawProgram): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const ids = raw.tiers.map((t) => t.id);
  const known = `tiers are ${ids.join(', ')}`;

  const { ratingTarget, ratingIncidentBelow } = raw.marketplace;
  if (ratingIncidentBelow > ratingTarget) {
    issues.push({
      path: ['marketplace', 'ratingIncidentBelow'],
      message: `must not be above ratingTarget (${ratingTarget}), got ${ratingIncidentBelow}`,
    });
  }
  raw.tiers.forEach((t, index) => {
    if (ids.indexOf(t.id) !== index) issues.push({ path: ['tiers', index, 'id'], message: `repeats the id "${t.id}"` });
    if (index === 0 && t.requires) {
      issues.push({
        path: ['tiers', 0, 'requires'],
        message: 'must be left out: the first tier is the one partners sign into',
      });
    }
    if (index > 0) {
      const r = t.requires;
      if (!r || (r.revenue === undefined && r.referrals === undefined)) {
        issues.push({
          path: ['tiers', index, 'requires'],
          message: 'needs a revenue threshold, a referral threshold or both',
        });
      }
    }
  });
  for (let index = 2; index < raw.tiers.length; index++) {
    const lower = raw.tiers[index - 1]!;
    const higher = raw.tiers[index]!;
    for (const metric of ['revenue', 'referrals', 'certified'] as const) {
      const low = lower.requires?.[metric];
      const high = higher.requires?.[metric];
      if (low === undefined || high === undefined) continue;
      const rises = metric === 'certified' ? high >= low : high > low;
      if (!rises) {
        issues.push({
          path: ['tiers', index, 'requires', metric],
          message: `must be ${metric === 'certified' ? 'at least' : 'more than'} ${lower.name}'s ${low}, got ${high}: thresholds rise from tier to tier`,
        });
      }
    }
  }

  for (const path of tierKeyedFields) {
    const record = at(raw, path) as Record<string, unknown>;
    const wanted = earnedOnly.has(path.join('.')) ? ids.slice(1) : ids;
    for (const key of Object.keys(record)) {
      if (!ids.includes(key)) issues.push({ path: [...path, key], message: `names no tier (${known})` });
    }
    for (const tierId of wanted) {
      if (!(tierId in record)) issues.push({ path: [...path], message: `is missing tier "${tierId}"` });
    }
  }
  raw.benefits.forEach((row, index) => {
    for (const key of Object.keys(row.tiers)) {
      if (!ids.includes(key))
        issues.push({ path: ['benefits', index, 'tiers', key], message: `names no tier (${known})` });
    }
    for (const tierId of ids) {
      if (!(tierId in row.tiers))
        issues.push({ path: ['benefits', index, 'tiers'], message: `is missing tier "${tierId}"` });
    }
  });

  const openLast = (rows: readonly { upTo: number | null }[], path: readonly (string | number)[]) => {
    rows.forEach((row, index) => {
      const last = index === rows.length - 1;
      const previous = index > 0 ? rows[index - 1]!.upTo : 0;
      if (row.upTo === null && !last)
        issues.push({ path: [...path, index, 'upTo'], message: 'may be empty (open) only on the last row' });
      if (row.upTo !== null && previous !== null && row.upTo <= previous) {
        issues.push({ path: [...path, index, 'upTo'], message: `must be more than the row before (${previous})` });
      }
    });
  };
  openLast(raw.commission.tiered.brackets, ['commission', 'tiered', 'brackets']);
  openLast(raw.mdf.approval, ['mdf', 'approval']);
  const last = raw.commission.tiered.brackets.at(-1);
  if (last && last.upTo !== null) {
    issues.push({
      path: ['commission', 'tiered', 'brackets', raw.commission.tiered.brackets.length - 1, 'upTo'],
      message: 'must be null: the last bracket is open',
    });
  }
  raw.resale.rebates.forEach((band, index) => {
    if (band.upTo !== null && band.upTo <= band.from) {
      issues.push({ path: ['resale', 'rebates', index, 'upTo'], message: `must be more than its from (${band.from})` });
    }
    const before = raw.resale.rebates[index - 1];
    if (before && (before.upTo === null || band.from < before.upTo)) {
      issues.push({
        path: ['resale', 'rebates', index, 'from'],
        message: 'must start at or after the band before ends',
      });
    }
  });
  raw.dealRegistration.clawback.forEach((band, index) => {
    const before = raw.dealRegistration.clawback[index - 1];
    if (before && band.beforeDay <= before.beforeDay) {
      issues.push({
        path: ['dealRegistration', 'clawback', index, 'beforeDay'],
        message: `must be later than the band before (${before.beforeDay})`,
      });
    }
  });
  for (const [name, range] of Object.entries(raw.mdf.multipliers)) {
    if (range.max < range.min)
      issues.push({ path: ['mdf', 'multipliers', name, 'max'], message: `must be at least min (${range.min})` });
  }
  const trackIds = raw.certification.tracks.map((t) => t.id);
  if (!trackIds.includes(raw.dealRegistration.selfServiceCertification)) {
    issues.push({
      path: ['dealRegistration', 'selfServiceCertification'],
      message: `names no certification track (tracks are ${trackIds.join(', ')})`,
    });
  }
  raw.healthScore.dimensions.forEach((dimension, index) => {
    dimension.levels.forEach((level, at) => {
      const better = dimension.levels[at - 1];
      if (better && level.points >= better.points) {
        issues.push({
          path: ['healthScore', 'dimensions', index, 'levels', at, 'points'],
          message: `must be fewer than the level before (${better.points}): levels go from best to worst`,
        });
      }
    });
  });
  const weights = raw.healthScore.dimensions.reduce((sum, d) => sum + (d.levels[0]?.points ?? 0), 0);
  if (weights !== 100) {
    issues.push({
      path: ['healthScore', 'dimensions'],
      message: `must have top levels adding up to 100 points, got ${weights}`,
    });
  }
  raw.healthScore.bands.forEach((band, index, bands) => {
    const higher = bands[index - 1];
    if (higher && band.from >= higher.from) {
      issues.push({
        path: ['healthScore', 'bands', index, 'from'],
        message: `must be lower than the band before (${higher.from}): bands go from highest to lowest`,
      });
    }
    if (index === bands.length - 1 && band.from !== 0) {
      issues.push({ path: ['healthScore', 'bands', index, 'from'], message: 'must be 0: the last band starts at 0' });
    }
  });
  raw.certification.courses.forEach((course, index) => {
    const hours = course.minHours !== undefined;
    if (hours === (course.days !== undefined)) {
      issues.push({
        path: ['certification', 'courses', index],
        message: 'needs minHours (and maxHours if it varies) or days, not both',
      });
    }
    if (course.maxHours !== undefined && (course.minHours === undefined || course.maxHours < course.minHours)) {
      issues.push({
        path: ['certification', 'courses', index, 'maxHours'],
        message: `must be at least minHours (${course.minHours ?? 'missing'})`,
      });
    }
  });
  const reminders = raw.certification.reminderDays;
  reminders.forEach((day, index) => {
    if (index > 0 && day >= reminders[index - 1]!) {
      issues.push({
        path: ['certification', 'reminderDays', index],
        message: `must be fewer than ${reminders[index - 1]}: reminders go from earliest to last`,
      });
    }
  });
  return issues;
}
