/**
 * The tiered model's editor and chart, loaded by `pp-commission-calculator` the first time the
 * tiered model is shown: readers of the other four models never download it. The server has
 * already rendered the default brackets and chart, so the page reads the same before it loads.
 */
import type { Bracket, TieredMethod } from './model';
import { BracketsEditor } from './brackets-editor';
import { drawChart } from './chart';

export { bracketRowsFromText } from './brackets-editor';

export class TieredModel {
  readonly editor: BracketsEditor;
  readonly #chart: HTMLElement;
  readonly #money: (amount: number) => string;

  constructor(root: HTMLElement, changed: () => void, money: (amount: number) => string) {
    this.editor = new BracketsEditor(root.querySelector('[data-brackets]')!, changed);
    this.#chart = root.querySelector('[data-commission-chart]')!;
    this.#money = money;
  }

  /** Checks the brackets and redraws the chart; null (chart hidden) when anything is bad. */
  read(volume: number | undefined, method: TieredMethod | null): readonly Bracket[] | null {
    const brackets = this.editor.read();
    this.#chart.hidden = volume === undefined || !method || !brackets;
    if (volume === undefined || !method || !brackets) return null;
    drawChart(this.#chart, brackets, method, volume, this.#money);
    return brackets;
  }
}
