/**
 * Geometry and text alternative of the commission-vs-volume chart on /tools/commission/.
 * Pure: the page renders the first chart on the server and the browser redraws it from the same
 * numbers, so both always agree. The commission itself comes from `tieredCommission` in model.ts.
 */
import { roundToCents } from '../../calculator/limits';
import { tieredCommission, type Bracket, type TieredMethod } from './model';

export interface ChartPoint {
  volume: number;
  commission: number;
}

/**
 * The right edge of a commission-vs-volume chart: far enough past the reader's volume and the
 * last bracket edge to show the top bracket's slope, rounded up to a readable number.
 */
export function chartMaxVolume(volume: number, brackets: readonly Bracket[]): number {
  const lastEdge = brackets.reduce((edge, b) => (b.upTo === null ? edge : Math.max(edge, b.upTo)), 0);
  return niceCeiling(Math.max(volume * 1.2, lastEdge * 1.6, 1));
}

/** The smallest 1, 2, 2.5 or 5 × a power of ten at or above `value` (at least 1): axis ends people can read. */
export function niceCeiling(value: number): number {
  const wanted = Math.max(value, 1);
  const magnitude = 10 ** Math.floor(Math.log10(wanted));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= wanted)!;
  return step * magnitude;
}

/**
 * Corner points of commission against volume from 0 to `maxVolume`, enough to draw the exact
 * line: marginal commission bends at each bracket edge; whole-volume commission jumps there, so
 * each edge appears twice (the rate up to the edge, then the next bracket's rate just after it).
 */
export function tieredChartPoints(brackets: readonly Bracket[], method: TieredMethod, maxVolume: number): ChartPoint[] {
  const at = (volume: number): ChartPoint => ({
    volume,
    commission: tieredCommission({ volume, brackets, method }).commission,
  });
  const points: ChartPoint[] = [at(0)];
  brackets.forEach((bracket, index) => {
    if (bracket.upTo === null || bracket.upTo >= maxVolume) return;
    points.push(at(bracket.upTo));
    if (method === 'whole') {
      const nextRate = brackets[index + 1]!.rate;
      points.push({ volume: bracket.upTo, commission: roundToCents((bracket.upTo * nextRate) / 100) });
    }
  });
  points.push(at(maxVolume));
  return points;
}

/** The SVG's coordinate box: plot area inside room for the axis labels. */
export const chartBox = { width: 480, height: 260, left: 56, right: 16, top: 16, bottom: 40 } as const;

export interface Tick {
  value: number;
  /** Position along the axis in SVG units. */
  at: number;
  label: string;
}

export interface ChartTableRow {
  volume: number;
  marginal: number;
  whole: number;
}

export interface CommissionChart {
  maxVolume: number;
  maxCommission: number;
  /** `points` attribute of the polyline for the method in use. */
  selectedLine: string;
  /** `points` attribute of the polyline for the other method, drawn dashed for comparison. */
  otherLine: string;
  /** The reader's volume on the line in use. */
  marker: { x: number; y: number };
  /** Bracket edges inside the chart, as x positions. */
  edges: number[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Commission at 0, each bracket edge, the reader's volume and the right end, both methods. */
  table: ChartTableRow[];
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis labels: 0, 100K, 2.5M. */
export function compactNumber(value: number): string {
  return compact.format(value);
}

/** Six evenly spaced ticks from 0 to `max`; with `max` from niceCeiling each step is a readable number. */
export function ticks(max: number): number[] {
  return [0, 1, 2, 3, 4, 5].map((i) => (max * i) / 5);
}

const plotWidth = chartBox.width - chartBox.left - chartBox.right;
const plotHeight = chartBox.height - chartBox.top - chartBox.bottom;
const round1 = (value: number) => Math.round(value * 10) / 10;

export function commissionChart(brackets: readonly Bracket[], method: TieredMethod, volume: number): CommissionChart {
  const maxVolume = chartMaxVolume(volume, brackets);
  const other: TieredMethod = method === 'marginal' ? 'whole' : 'marginal';
  const at = (m: TieredMethod, v: number) => tieredCommission({ volume: v, brackets, method: m }).commission;
  // Whole-volume commission is the higher line, so it sets the top of the scale.
  const maxCommission = niceCeiling(at('whole', maxVolume));
  const x = (v: number) => round1(chartBox.left + (v / maxVolume) * plotWidth);
  const y = (c: number) => round1(chartBox.top + plotHeight - (c / maxCommission) * plotHeight);
  const line = (points: ChartPoint[]) => points.map((p) => `${x(p.volume)},${y(p.commission)}`).join(' ');

  const edgeVolumes = brackets.flatMap((b) => (b.upTo !== null && b.upTo < maxVolume ? [b.upTo] : []));
  const tableVolumes = [...new Set([0, ...edgeVolumes, volume, maxVolume])].sort((a, b) => a - b);

  return {
    maxVolume,
    maxCommission,
    selectedLine: line(tieredChartPoints(brackets, method, maxVolume)),
    otherLine: line(tieredChartPoints(brackets, other, maxVolume)),
    marker: { x: x(volume), y: y(at(method, volume)) },
    edges: edgeVolumes.map(x),
    xTicks: ticks(maxVolume).map((value) => ({ value, at: x(value), label: compactNumber(value) })),
    yTicks: ticks(maxCommission).map((value) => ({ value, at: y(value), label: compactNumber(value) })),
    table: tableVolumes.map((v) => ({ volume: v, marginal: at('marginal', v), whole: at('whole', v) })),
  };
}

/** The SVG's description: what the lines show and where the reader's volume falls. */
export function describeChart(
  method: TieredMethod,
  volume: number,
  chart: CommissionChart,
  formatAmount: (amount: number) => string,
): string {
  const end = chart.table.at(-1)!;
  const yours = chart.table.find((row) => row.volume === volume)!;
  return (
    `Commission for annual volume from 0 to ${formatAmount(chart.maxVolume)}: the marginal line rises to ${formatAmount(end.marginal)}, ` +
    `the whole-volume line, which jumps at each bracket edge, to ${formatAmount(end.whole)}. ` +
    `Your volume of ${formatAmount(volume)} earns ${formatAmount(yours[method])} with the ${method === 'marginal' ? 'marginal' : 'whole-volume'} method.`
  );
}
