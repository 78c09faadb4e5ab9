import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartBox, commissionChart, compactNumber, describeChart, niceCeiling, ticks } from './chart-view';
import type { Bracket } from './model';
import { formatNumber } from '../../lib/format';

// Written out here, not read from content/program.yaml, so editing the program cannot break the geometry tests.
const defaultBrackets: Bracket[] = [
  { upTo: 100_000, rate: 20 },
  { upTo: 250_000, rate: 25 },
  { upTo: null, rate: 30 },
];

describe('axis ticks', () => {
  it.each([
    [500_000, [0, 100_000, 200_000, 300_000, 400_000, 500_000]],
    [200_000, [0, 40_000, 80_000, 120_000, 160_000, 200_000]],
    [250_000, [0, 50_000, 100_000, 150_000, 200_000, 250_000]],
    [100_000, [0, 20_000, 40_000, 60_000, 80_000, 100_000]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('%d is split into %j', (max, expected) => {
    ticks(max).forEach((tick, i) => expect(tick).toBeCloseTo(expected[i]!, 9));
    expect(ticks(max)).toHaveLength(6);
  });

  it.each([
    [0, '0'],
    [100_000, '100K'],
    [2_500_000, '2.5M'],
    [750, '750'],
  ])('labels %d as %s', (value, label) => {
    expect(compactNumber(value)).toBe(label);
  });

  it.each([
    [0, 1],
    [1, 1],
    [150_000, 200_000],
    [200_001, 250_000],
    [400_000, 500_000],
    [999, 1_000],
    [1_000, 1_000],
  ])('rounds %d up to %d', (value, nice) => {
    expect(niceCeiling(value)).toBe(nice);
  });
});

describe('commission chart', () => {
  const chart = commissionChart(defaultBrackets, 'marginal', 400_000);

  it('scales the page’s example to 500,000 across and 200,000 up', () => {
    expect(chart.maxVolume).toBe(500_000);
    // Whole volume at 500,000 pays 150,000: the scale rounds that up.
    expect(chart.maxCommission).toBe(200_000);
  });

  it('starts the line in the bottom-left corner and bends at the first edge', () => {
    const pairs = chart.selectedLine.split(' ');
    expect(pairs).toHaveLength(4);
    expect(pairs[0]).toBe(`${chartBox.left},${chartBox.height - chartBox.bottom}`);
    // 100,000 of 500,000 across a 408-unit plot; 20,000 of 200,000 up a 204-unit plot.
    expect(pairs[1]).toBe('137.6,199.6');
    expect(chart.otherLine.split(' ')).toHaveLength(6);
  });

  it('marks the reader’s volume on the line in use', () => {
    expect(chart.marker.x).toBeCloseTo(382.4, 1);
    expect(chart.marker.y).toBeCloseTo(220 - 0.5125 * 204, 0);
  });

  it('tabulates both methods at 0, each edge, the reader’s volume and the right end', () => {
    expect(chart.table).toEqual([
      { volume: 0, marginal: 0, whole: 0 },
      { volume: 100_000, marginal: 20_000, whole: 20_000 },
      { volume: 250_000, marginal: 57_500, whole: 62_500 },
      { volume: 400_000, marginal: 102_500, whole: 120_000 },
      { volume: 500_000, marginal: 132_500, whole: 150_000 },
    ]);
  });

  it('describes the lines and the reader’s result in words', () => {
    const text = describeChart('marginal', 400_000, chart, (n) => formatNumber(n));
    expect(text).toBe(
      'Commission for annual volume from 0 to 500,000: the marginal line rises to 132,500, ' +
        'the whole-volume line, which jumps at each bracket edge, to 150,000. ' +
        'Your volume of 400,000 earns 102,500 with the marginal method.',
    );
    expect(describeChart('whole', 400_000, chart, (n) => formatNumber(n))).toContain(
      'earns 120,000 with the whole-volume method',
    );
  });

  it('keeps every point inside the plot for any volume and method', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom('marginal' as const, 'whole' as const),
        (volume, method) => {
          const { selectedLine, otherLine, marker } = commissionChart(defaultBrackets, method, volume);
          const points = [...selectedLine.split(' '), ...otherLine.split(' ')].map((pair) =>
            pair.split(',').map(Number),
          );
          for (const [x, y] of [...points, [marker.x, marker.y]]) {
            expect(x).toBeGreaterThanOrEqual(chartBox.left);
            expect(x).toBeLessThanOrEqual(chartBox.width - chartBox.right);
            expect(y).toBeGreaterThanOrEqual(chartBox.top);
            expect(y).toBeLessThanOrEqual(chartBox.height - chartBox.bottom);
          }
        },
      ),
    );
  });
});
