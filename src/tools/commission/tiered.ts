/**
 * The tiered model's editor and chart, loaded by `pp-commission-calculator` the first time the
 * tiered model is shown: readers of the other four models never download it. The server has
 * already rendered the default brackets and chart, so the page reads the same before it loads.
 */
import { tieredCommission, type TieredMethod } from './model';
import { formatFormula, formatPercent } from '../../lib/format';
import { BracketsEditor } from './brackets-editor';
import { drawChart } from './chart';

export { bracketRowsFromText } from './brackets-editor';

export class TieredModel {
  readonly editor: BracketsEditor;
  readonly #chart: HTMLElement;

  constructor(root: HTMLElement, changed: () => void) {
    this.editor = new BracketsEditor(root.querySelector('[data-brackets]')!, changed);
    this.#chart = root.querySelector('[data-commission-chart]')!;
  }

  /** Checks the brackets, redraws the chart and gives the commission with its formula; null when anything is bad. */
  result(
    volume: number | undefined,
    method: TieredMethod | null,
    money: (amount: number) => string,
  ): { commission: number; formula: string } | null {
    const brackets = this.editor.read();
    this.#chart.hidden = volume === undefined || !method || !brackets;
    if (volume === undefined || !method || !brackets) return null;
    const { commission, slices } = tieredCommission({ volume, brackets, method });
    drawChart(this.#chart, brackets, method, volume, money);
    const terms = slices.flatMap((slice, i) => [
      ...(i > 0 ? ['+'] : []),
      money(slice.to - slice.from),
      '×',
      formatPercent(slice.rate, 2),
    ]);
    return { commission, formula: formatFormula(terms, money(commission)) };
  }
}
