/**
 * What /tools/program-health/ shows for an input: every metric's value, formula, status and
 * message, and the headline. ProgramHealth.astro renders it on the server and `pp-program-health`
 * after every change, so "Met", the rounding of shares and every formula are written once, here.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { assessHealth, summarizeHealth, type HealthInput, type HealthMetric, type HealthTargets } from './model';

/** The program the page opens with (and the unit tests work by hand): a quarter after launch. */
export const healthExample = {
  total: 1_000_000,
  sourced: 250_000,
  influenced: 350_000,
  partners: 40,
  active: 26,
  nps: 52,
  days: 75,
} as const satisfies HealthInput;

/** The scorecard's rows, in reading order, with the metric's name as the reader sees it. */
export const healthRows: readonly { metric: HealthMetric; label: string }[] = [
  { metric: 'sourcedShare', label: 'Partner-sourced share of revenue' },
  { metric: 'influencedShare', label: 'Partner-influenced share of revenue' },
  { metric: 'activation', label: 'Partner activation rate' },
  { metric: 'nps', label: 'Partner NPS' },
  { metric: 'days', label: 'Median days to first deal' },
  { metric: 'revenuePerPartner', label: 'Sourced revenue per active partner' },
];

/** NPS and days echo an input of the same name, so their result outputs take a distinct name. */
export function resultName(metric: HealthMetric): string {
  return metric === 'nps' || metric === 'days' ? `${metric}Result` : metric;
}

export const statusName = (metric: HealthMetric): string => `${metric}Status`;

export const noTargetText = 'No target: it varies by tier';

/** Rounded down, so a share just below its target never reads as the target itself. */
const floor2 = (value: number) => Math.floor(value * 100) / 100;
const percent = (value: number) => formatPercent(floor2(value), 2);

export interface HealthView {
  /** Keyed by output name: each metric's result and, where it has a target, its status. */
  readonly outputs: Readonly<Record<string, OutputView>>;
  /** Why a metric has no value, by metric ("" when there is nothing to say). */
  readonly messages: Readonly<Record<HealthMetric, string>>;
  readonly headline: string;
}

/** `input` holds only the fields that passed validation. */
export function healthView(input: HealthInput, money: (amount: number) => string, targets: HealthTargets): HealthView {
  const result = assessHealth(input, targets);
  const { total = 0, sourced = 0, influenced = 0, partners = 0, active = 0 } = input;
  const text: Record<HealthMetric, (value: number) => [text: string, formula: string]> = {
    sourcedShare: (value) => [
      percent(value),
      formatFormula([money(sourced), '÷', money(total), '× 100'], percent(value)),
    ],
    influencedShare: (value) => [
      percent(value),
      formatFormula([money(influenced), '÷', money(total), '× 100'], percent(value)),
    ],
    activation: (value) => [percent(value), formatFormula([active, '÷', partners, '× 100'], percent(value))],
    revenuePerPartner: (value) => [money(value), formatFormula([money(sourced), '÷', active], money(value))],
    nps: (value) => [formatNumber(floor2(value)), ''],
    days: (value) => [`${formatNumber(floor2(value))} days`, ''],
  };
  const outputs: Record<string, OutputView> = {};
  const messages = {} as Record<HealthMetric, string>;
  for (const { metric } of healthRows) {
    const { value, status, message } = result[metric];
    outputs[resultName(metric)] = value === null ? noResult() : shown(value, ...text[metric](value));
    if (targets[metric]) {
      outputs[statusName(metric)] =
        status === null ? noResult() : shown(status, status === 'met' ? '✓ Met' : '✗ Not met');
    }
    messages[metric] = message ?? '';
  }
  const { met, judged } = summarizeHealth(result);
  const headline =
    judged === 0 ? 'No target can be judged yet: fill in the figures you have.' : `${met} of ${judged} targets met.`;
  return { outputs, messages, headline };
}
