/**
 * What the clawback calculator on /tools/commission/ shows: the amount that comes back and the
 * window of the schedule it falls in. ClawbackCalculator.astro and `pp-clawback-calculator` both
 * call it, so each window's wording is written once, from the schedule in model.ts.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { clawback, clawbackSchedule, type ClawbackInput, type ClawbackRule } from './model';

const { fullBefore, halfBefore, endsAt, halfShare } = clawbackSchedule;

const windows: Record<ClawbackRule, string> = {
  full: `Day 0–${fullBefore - 1}: full clawback`,
  half: `Day ${fullBefore}–${halfBefore - 1}: half`,
  'pro-rata': `Day ${halfBefore}–${endsAt}: pro rata, falling from ${halfShare}% to 0`,
  none: `After day ${endsAt}: nothing`,
};

export function clawbackView(input: ClawbackInput | null, money: (amount: number) => string): { clawback: OutputView } {
  if (!input) return { clawback: noResult() };
  const { commission, day } = input;
  const result = clawback(input);
  const share =
    result.rule === 'pro-rata'
      ? `${halfShare}% × (${endsAt} − ${formatNumber(day)}) ÷ ${endsAt - halfBefore}`
      : formatPercent(result.share);
  return {
    clawback: shown(
      result.clawback,
      money(result.clawback),
      `${windows[result.rule]}. ${formatFormula([money(commission), '×', share], money(result.clawback))}`,
    ),
  };
}
