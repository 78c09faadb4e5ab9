/**
 * Redraws the commission-vs-volume chart that CommissionChart.astro rendered on the server:
 * the two lines, the reader's marker, the axis labels, the description (the SVG's text
 * alternative) and the data table under it. Geometry comes from src/tools/commission/chart-view.ts.
 */
import { commissionChart, describeChart, type Tick } from './chart-view';
import type { Bracket, TieredMethod } from './model';

/** Tick positions never change (always six, evenly spaced); only their labels follow the scale. */
function tickLabels(group: SVGGElement, ticks: readonly Tick[]): void {
  group.querySelectorAll('text').forEach((text, i) => (text.textContent = ticks[i]!.label));
}

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (element instanceof HTMLTableCellElement && tag === 'th') element.scope = 'row';
  element.textContent = text;
  return element;
}

export function drawChart(
  root: HTMLElement,
  brackets: readonly Bracket[],
  method: TieredMethod,
  volume: number,
  money: (amount: number) => string,
): void {
  const chart = commissionChart(brackets, method, volume);
  const part = <T extends Element>(name: string) => root.querySelector<T>(`[data-chart="${name}"]`)!;
  part<SVGPolylineElement>('selected').setAttribute('points', chart.selectedLine);
  part<SVGPolylineElement>('other').setAttribute('points', chart.otherLine);
  const marker = part<SVGCircleElement>('marker');
  marker.setAttribute('cx', String(chart.marker.x));
  marker.setAttribute('cy', String(chart.marker.y));
  tickLabels(part<SVGGElement>('x-ticks'), chart.xTicks);
  tickLabels(part<SVGGElement>('y-ticks'), chart.yTicks);
  part('desc').textContent = describeChart(method, volume, chart, money);
  part('legend-selected').textContent = method === 'marginal' ? 'Marginal (in use)' : 'Whole volume (in use)';
  part('legend-other').textContent = method === 'marginal' ? 'Whole volume' : 'Marginal';
  part<HTMLTableSectionElement>('rows').replaceChildren(
    ...chart.table.map((row) => {
      const tr = document.createElement('tr');
      tr.append(
        cell('th', `${money(row.volume)}${row.volume === volume ? ' (yours)' : ''}`),
        cell('td', money(row.marginal)),
        cell('td', money(row.whole)),
      );
      return tr;
    }),
  );
}
