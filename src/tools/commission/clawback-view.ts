/**
 * What the clawback calculator on /tools/commission/ shows: the amount that comes back, the
 * window of the program's clawback bands it falls in, and the bands as the page's note states
 * them. ClawbackCalculator.astro and `pp-clawback-calculator` both call it. Each window's wording
 * is `clawbackWindowText` (src/lib/clawback.ts), which the clawback table on the program's pages
 * uses too.
 */
import { formatFormula, formatNumber } from '../../lib/format';
import { noResult, shown, type OutputView } from '../../calculator/view';
import { clawbackWindows, clawbackWindowText, type ClawbackBand } from '../../lib/clawback';
import { clawback, type ClawbackInput } from './model';
import { percent } from './view';

/** After the last band: nothing comes back. */
function afterBands(bands: readonly ClawbackBand[]): string {
  return `From day ${bands.at(-1)?.beforeDay ?? 0} after signing: nothing`;
}

/** Every band, then the day from which nothing comes back, one sentence each: the rule the page states. */
export function clawbackRuleText(bands: readonly ClawbackBand[]): string {
  const windows = clawbackWindows(bands).map((window) => clawbackWindowText(window).join(': '));
  return [...windows, afterBands(bands)].map((sentence) => `${sentence}.`).join(' ');
}

export function clawbackView(
  input: ClawbackInput | null,
  bands: readonly ClawbackBand[],
  money: (amount: number) => string,
): { clawback: OutputView } {
  if (!input) return { clawback: noResult() };
  const { commission, day } = input;
  const result = clawback(input, bands);
  const window = result.window;
  const share =
    window?.proRata && window.last > window.from
      ? `${percent(window.share)} × (${window.last} − ${formatNumber(day)}) ÷ ${window.last - window.from}`
      : percent(result.share);
  const rule = window ? clawbackWindowText(window).join(': ') : afterBands(bands);
  return {
    clawback: shown(
      result.clawback,
      money(result.clawback),
      `${rule}. ${formatFormula([money(commission), '×', share], money(result.clawback))}`,
    ),
  };
}
