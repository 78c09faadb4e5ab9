/**
 * What the commission calculator on /tools/commission/ shows for an input: each output's value,
 * text and formula, and the summary sentence. CommissionCalculator.astro renders it on the server
 * and `pp-commission-calculator` after every change, so every result string is written once, here.
 * Formulas: model.ts; the program's rules (registered-deal bonus, rebate bands) come in as `rules`.
 */
import { formatFormula, formatPercent } from '../../lib/format';
import { noResult, shown, summarize, type OutputView } from '../../calculator/view';
import {
  influencedCommission,
  recurringCommission,
  referralCommission,
  resellerEconomics,
  tieredCommission,
  type CommissionModel,
  type InfluencedInput,
  type RebateBand,
  type RecurringInput,
  type ReferralInput,
  type ResellerInput,
  type ResellerRules,
  type TieredInput,
} from './model';

export const commissionOutputs = [
  'commission',
  'firstYear',
  'partnerProfit',
  'partnerCost',
  'rebate',
  'rebateRate',
] as const;
export type CommissionOutput = (typeof commissionOutputs)[number];

/** The outputs each model shows, in reading order, with their labels. */
export const modelOutputs: Readonly<Record<CommissionModel, Readonly<Partial<Record<CommissionOutput, string>>>>> = {
  referral: { commission: 'Referral commission' },
  recurring: { commission: 'Commission over the whole period', firstYear: 'Paid in the first year' },
  tiered: { commission: 'Tiered commission' },
  influenced: { commission: 'Influenced-deal commission' },
  reseller: {
    partnerProfit: 'Partner gross profit',
    partnerCost: 'Partner cost',
    rebate: 'Volume rebate',
    rebateRate: 'Effective rebate rate',
  },
};

/** One model's fields, as read from the form. */
export type CommissionInput =
  | ({ readonly model: 'referral' } & ReferralInput)
  | ({ readonly model: 'recurring' } & RecurringInput)
  | ({ readonly model: 'tiered' } & TieredInput)
  | ({ readonly model: 'influenced' } & InfluencedInput)
  | ({ readonly model: 'reseller' } & ResellerInput);

export interface CommissionView {
  readonly outputs: Readonly<Record<CommissionOutput, OutputView>>;
  /** Every output of the model with its label, as one sentence. */
  readonly summary: string;
}

/** A rate as every output and button shows it: up to two decimals. */
export const percent = (rate: number): string => formatPercent(rate, 2);

/** Each part times its rate, added up: `$100,000 × 20% + $150,000 × 25%`. */
function partTerms(parts: readonly { volume: number; rate: number }[], money: (amount: number) => string): string[] {
  return parts.flatMap(({ volume, rate }, i) => [...(i > 0 ? ['+'] : []), money(volume), '×', percent(rate)]);
}

function results(
  input: CommissionInput,
  { registeredBonus, rebates }: ResellerRules,
  money: (amount: number) => string,
): Partial<Record<CommissionOutput, OutputView>> {
  /** An amount of money with the formula that gives it. */
  const amount = (value: number, terms: readonly (number | string)[]) =>
    shown(value, money(value), formatFormula(terms, money(value)));
  switch (input.model) {
    case 'referral':
      return {
        commission: amount(referralCommission(input).commission, [money(input.deal), '×', percent(input.rate)]),
      };
    case 'recurring': {
      const { commission, firstYear } = recurringCommission(input);
      const share = [money(input.deal), '×', percent(input.rate), '×'];
      return {
        commission: amount(commission, [...share, `${input.months} ÷ 12 months`]),
        firstYear: amount(firstYear, [...share, `${Math.min(input.months, 12)} ÷ 12 months`]),
      };
    }
    case 'tiered': {
      const { commission, slices } = tieredCommission(input);
      const parts = slices.map((slice) => ({ volume: slice.to - slice.from, rate: slice.rate }));
      return { commission: amount(commission, partTerms(parts, money)) };
    }
    case 'influenced':
      return {
        commission: amount(influencedCommission(input).commission, [
          money(input.deal),
          '×',
          percent(input.rate),
          '×',
          percent(input.share),
        ]),
      };
    case 'reseller': {
      const { list, volume } = input;
      const { partnerProfit, partnerCost, rebate } = resellerEconomics(input, { registeredBonus, rebates });
      const margin = input.registered ? `(${percent(input.margin)} + ${registeredBonus}%)` : percent(input.margin);
      return {
        partnerProfit: amount(partnerProfit, [money(list), '×', margin]),
        partnerCost: amount(partnerCost, [money(list), '−', money(partnerProfit)]),
        ...(volume === undefined || rebate === null
          ? { rebate: noResult('Enter the annual volume to see the rebate.'), rebateRate: noResult() }
          : {
              rebate:
                rebate.slices.length > 0
                  ? amount(rebate.rebate, partTerms(rebate.slices, money))
                  : shown(0, money(0), `${money(volume)} reaches no rebate band: no rebate`),
              rebateRate: shown(
                rebate.effectiveRate,
                percent(rebate.effectiveRate),
                volume > 0
                  ? formatFormula([money(rebate.rebate), '÷', money(volume), '× 100'], percent(rebate.effectiveRate))
                  : '',
              ),
            }),
      };
    }
  }
}

/**
 * `model` null: no model chosen, so nothing is shown. `input` null: a field of the model is bad,
 * so its outputs show no result.
 */
export function commissionView(
  model: CommissionModel | null,
  input: CommissionInput | null,
  rules: ResellerRules,
  money: (amount: number) => string,
): CommissionView {
  const worked = input && input.model === model ? results(input, rules, money) : {};
  const outputs = Object.fromEntries(commissionOutputs.map((name) => [name, worked[name] ?? noResult()])) as Record<
    CommissionOutput,
    OutputView
  >;
  const labels = model ? Object.entries(modelOutputs[model]) : [];
  return {
    outputs,
    summary:
      labels.length > 0
        ? `${summarize(labels.map(([name, label]) => [label, outputs[name as CommissionOutput].text]))}.`
        : '',
  };
}

/** The rebate bands in words, for the page's note: "2% from $250,000 to $500,000; 5% above $500,000". */
export function rebateBandsText(bands: readonly RebateBand[], money: (amount: number) => string): string {
  return bands
    .map(({ from, upTo, rate }) =>
      upTo === null
        ? `${percent(rate)} above ${money(from)}`
        : `${percent(rate)} from ${money(from)} to ${money(upTo)}`,
    )
    .join('; ');
}
