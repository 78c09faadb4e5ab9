import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from '@playwright/test';
import { CalculatorPage, calculatorTest } from './pages/calculator-page';
import type { Limit } from '../../../src/calculator/limits';
import { dataValue } from '../../../src/lib/format';
import { defaults } from '../../../src/program/defaults';
import { affiliateEconomics, affiliateLimits } from '../../../src/tools/affiliate-economics/model';
import { partnerBudget, planPortfolio, type PortfolioPartner } from '../../../src/tools/co-marketing-budget/model';
import {
  clawback,
  clawbackLimits,
  commissionModels,
  influencedCommission,
  influencedLimits,
  recurringCommission,
  recurringLimits,
  referralCommission,
  referralLimits,
  resellerEconomics,
  resellerLimits,
  tieredCommission,
  tieredLimits,
  tieredMethods,
  type CommissionModel,
} from '../../../src/tools/commission/model';
import { parseBrackets } from '../../../src/tools/commission/brackets-model';
import {
  evaluationLimits,
  formatRedFlags,
  qualificationLimits,
  redFlagIds,
  scoreEvaluation,
  scoreQualification,
} from '../../../src/tools/partner-scorecard/model';
import {
  assessHealth,
  healthLimits,
  healthMetrics,
  healthTargetsFrom,
  type HealthInput,
} from '../../../src/tools/program-health/model';
import { resultName, statusName } from '../../../src/tools/program-health/view';
import { qualifyTier } from '../../../src/tools/tier-qualifier/model';

/**
 * A shared link reproduces exactly what its sender saw. For every tool and every commission model
 * the link sets every parameter, taken from the tool's own limits in its model.ts, to a valid value
 * other than the page's default; one page load then checks that every field holds the link's value,
 * every output's `data-value` is what the model function works out for those inputs, and the
 * address is left exactly as it came. The page itself is checked for parameters this list misses,
 * so a field added to a tool without a case here fails the test.
 */

/** A valid value for the n-th field of a tool: whole numbers falling by field, else a point inside the range. */
function sample(limit: Limit, index: number): number {
  const candidate = 97 - 4 * index;
  const fits = (value: number) =>
    (limit.min === undefined || value >= limit.min) && (limit.max === undefined || value <= limit.max);
  if (fits(candidate)) return candidate;
  const min = limit.min ?? 0;
  const span = (limit.max ?? min + 100) - min;
  const point = min + span * [0.8, 0.2, 0.9, 0.1][index % 4]!;
  return limit.integer ? Math.round(point) : Math.round(point * 100) / 100;
}

/** Every field of a limits record, each with its sample value. */
function samples<F extends string>(limits: Readonly<Record<F, Limit>>, offset = 0): Record<F, number> {
  return Object.fromEntries(
    (Object.keys(limits) as F[]).map((name, index) => [name, sample(limits[name], index + offset)]),
  ) as Record<F, number>;
}

/** The first choice that is not the page's default. */
function otherThan<T extends string>(choices: readonly T[], pageDefault: T): T {
  return choices.find((choice) => choice !== pageDefault)!;
}

interface LinkCase {
  name: string;
  path: string;
  /** The custom elements on the page whose fields the link sets. */
  elements: readonly string[];
  /** Every parameter, as it goes into the link (a list for a repeated one). */
  params: Record<string, string | readonly string[]>;
  /** The parameter that picks the combination (the commission model): it may be the page's default. */
  combination?: string;
  /** Parameters that are not one form field (brackets, flags, partner rows). */
  composite?: readonly string[];
  /** Output name → the model's result, as `data-value` holds it. */
  outputs: Record<string, number | string | null>;
}

const text = (values: object): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value as unknown)]));

// The program's rules (health targets, resale terms, clawback bands) as the program file states
// them, read here rather than taken from the tool.
const programFile = parse(readFileSync('content/program.yaml', 'utf8'));
const healthTargets = healthTargetsFrom(programFile.targets);

function commissionCase(model: CommissionModel): LinkCase {
  const base = {
    path: '/tools/commission/',
    elements: ['pp-commission-calculator'],
    name: `commission: ${model}`,
    combination: 'model',
  };
  switch (model) {
    case 'referral': {
      const input = samples(referralLimits);
      return { ...base, params: text({ model, ...input }), outputs: referralCommission(input) };
    }
    case 'recurring': {
      const input = samples(recurringLimits);
      return { ...base, params: text({ model, ...input }), outputs: { ...recurringCommission(input) } };
    }
    case 'tiered': {
      const { volume } = samples(tieredLimits);
      const brackets = '50000:12,40';
      const parsed = parseBrackets(brackets);
      if (!parsed.ok) throw new Error(parsed.message);
      const method = otherThan(tieredMethods, 'marginal');
      const { commission } = tieredCommission({ volume, brackets: parsed.brackets, method });
      return {
        ...base,
        params: text({ model, volume, method, brackets }),
        composite: ['brackets'],
        outputs: { commission },
      };
    }
    case 'influenced': {
      const input = samples(influencedLimits);
      return {
        ...base,
        params: text({ model, ...input }),
        outputs: { commission: influencedCommission(input).commission },
      };
    }
    case 'reseller': {
      const input = { ...samples(resellerLimits), registered: 0 };
      const { partnerProfit, partnerCost, rebate } = resellerEconomics(input, programFile.resale);
      return {
        ...base,
        params: text({ model, ...input }),
        outputs: { partnerProfit, partnerCost, rebate: rebate!.rebate, rebateRate: rebate!.effectiveRate },
      };
    }
  }
}

function healthCase(): LinkCase {
  const input = samples(healthLimits) as Required<HealthInput>;
  const result = assessHealth(input, healthTargets);
  const outputs: LinkCase['outputs'] = {};
  for (const metric of healthMetrics) {
    outputs[resultName(metric)] = result[metric].value;
    if (healthTargets[metric]) outputs[statusName(metric)] = result[metric].status;
  }
  return {
    name: 'program health',
    path: '/tools/program-health/',
    elements: ['pp-program-health'],
    params: text(input),
    outputs,
  };
}

function scorecardCase(): LinkCase {
  const qualification = samples(qualificationLimits);
  // Started further along the samples so that no score lands on the page's example.
  const evaluation = samples(evaluationLimits, 9);
  const { total, band, priority } = scoreQualification(qualification);
  return {
    name: 'partner scorecard',
    path: '/tools/partner-scorecard/',
    elements: ['pp-partner-scorecard'],
    params: { ...text({ ...qualification, ...evaluation }), flags: formatRedFlags(redFlagIds.slice(0, 2)) },
    composite: ['flags'],
    outputs: { total, band, priority, weighted: scoreEvaluation(evaluation).weighted },
  };
}

function tierQualifierCase(): LinkCase {
  const input = samples({
    revenue: { min: 0 },
    referrals: { min: 0, integer: true },
    certified: { min: 0, integer: true },
  });
  const preset = otherThan(['core', 'detailed'] as const, defaults.settings.tierPreset as 'core');
  const result = qualifyTier({ ...input, signed: false }, defaults.tierPresets[preset]);
  return {
    name: 'tier qualifier',
    path: '/tools/tier-qualifier/',
    elements: ['pp-tier-qualifier'],
    params: text({ preset, ...input, signed: 0 }),
    outputs: { ...result, tier: result.tier, next: result.next ?? '' },
  };
}

function budgetCase(): LinkCase {
  const [pipeline, strategic] = [sample(defaults.multipliers.pipeline, 1), sample(defaults.multipliers.strategic, 2)];
  const base = 97;
  const tier = otherThan(
    defaults.tiers.map((t) => t.id),
    defaults.typicalTier,
  );
  const pool = 60_000;
  const partners: PortfolioPartner[] = [
    { name: 'Acme', tier: 'silver', pipeline: 1.5, strategic: 1.2 },
    { name: 'Corda', tier: 'platinum', pipeline: 0.75, strategic: 0.9 },
  ];
  const plan = planPortfolio(partners, pool, defaults.settings.baseAllocations);
  return {
    name: 'co-marketing budget and portfolio',
    path: '/tools/co-marketing-budget/',
    elements: ['pp-co-marketing-budget', 'pp-portfolio-planner'],
    params: {
      ...text({ tier, base, pipeline, strategic, pool }),
      partner: partners.map((p) => [p.name, p.tier, p.pipeline, p.strategic].join(',')),
    },
    composite: ['partner'],
    outputs: {
      budget: partnerBudget({ base, pipeline, strategic }),
      requested: plan.requested,
      scale: plan.scale,
      allocated: plan.allocated,
    },
  };
}

function affiliateCase(): LinkCase {
  const input = samples(affiliateLimits);
  const { customers, payout, lifetimeCommission } = affiliateEconomics(input);
  return {
    name: 'affiliate economics',
    path: '/tools/affiliate-economics/',
    elements: ['pp-affiliate-economics'],
    params: text(input),
    outputs: { customers, payout, lifetimeCommission },
  };
}

function clawbackCase(): LinkCase {
  const input = samples(clawbackLimits);
  return {
    name: 'commission: clawback',
    path: '/tools/commission/',
    elements: ['pp-clawback-calculator'],
    params: text(input),
    outputs: { clawback: clawback(input, programFile.dealRegistration.clawback).clawback },
  };
}

const cases: LinkCase[] = [
  budgetCase(),
  tierQualifierCase(),
  ...commissionModels.map(commissionCase),
  clawbackCase(),
  scorecardCase(),
  healthCase(),
  affiliateCase(),
];

function linkFor(linkCase: LinkCase): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(linkCase.params)) {
    for (const item of typeof value === 'string' ? [value] : value) query.append(name, item);
  }
  return `${linkCase.path}?${query}`;
}

// The fixture's page object stands for the page; each case opens its own calculators on it.
const test = calculatorTest((page) => new CalculatorPage(page, '/tools/', 'pp-calculator'));

test.describe('A shared link reproduces what its sender saw', () => {
  for (const linkCase of cases) {
    test(linkCase.name, async ({ calculator: { page } }) => {
      const link = linkFor(linkCase);
      const elements = linkCase.elements.map((element) => new CalculatorPage(page, linkCase.path, element));
      await elements[0]!.goto(link.slice(linkCase.path.length));
      for (const calculator of elements.slice(1)) {
        await expect(calculator.root.getByRole('button', { name: 'Copy link' })).toBeEnabled();
      }

      // Every shown field of these calculators is in the link, with a value that is not the page's own.
      const fields = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector)]
            .filter((control) => control.closest('[hidden]') === null)
            .map((control) => ({
              name: control.name,
              value: control.value,
              pageValue:
                control instanceof HTMLSelectElement
                  ? ([...control.options].find((option) => option.defaultSelected) ?? control.options[0])?.value
                  : control.defaultValue,
            })),
        linkCase.elements.map((element) => `${element} [data-param]`).join(', '),
      );
      expect(fields.map((field) => field.name).toSorted()).toEqual(
        Object.keys(linkCase.params)
          .filter((name) => !linkCase.composite?.includes(name))
          .toSorted(),
      );
      for (const field of fields) {
        expect(field.value, `${field.name} holds the value from the link`).toBe(linkCase.params[field.name]);
        if (field.name === linkCase.combination) continue;
        expect(field.value, `${field.name} is set to something other than its default`).not.toBe(field.pageValue);
      }

      for (const [name, value] of Object.entries(linkCase.outputs)) {
        const output = page.locator(linkCase.elements.map((element) => `${element} output[name="${name}"]`).join(', '));
        await expect(output, `${name} is the model's result`).toHaveAttribute('data-value', dataValue(value));
      }
      expect(page.url()).toBe(new URL(link, page.url()).href);
    });
  }
});
