import { describe, expect, it } from 'vitest';
import { clawbackShare, clawbackWindows, clawbackWindowText, type ClawbackBand } from './clawback';

// Bands written out here, not read from content/program.yaml, so these tests check the rule.
const clawbackBands: ClawbackBand[] = [
  { beforeDay: 30, share: 100 },
  { beforeDay: 90, share: 50 },
  { beforeDay: 181, share: 50, proRata: true },
];

describe('clawbackShare and clawbackWindows', () => {
  it.each([
    ['cancelled on signing day', 0, 100, 0],
    ['the last day of full clawback', 29, 100, 0],
    ['half from day 30', 30, 50, 1],
    ['the last day of the half window', 89, 50, 1],
    ['pro rata starts at half on day 90', 90, 50, 2],
    ['a third of the way down', 120, 100 / 3, 2],
    ['halfway down', 135, 25, 2],
    ['nothing left on day 180, the band’s last day', 180, 0, 2],
    ['nothing after the last band', 181, 0, null],
    ['ten years later', 3650, 0, null],
  ])('%s (day %d): %d%%', (_name, day, share, band) => {
    const result = clawbackShare(day, clawbackBands);
    expect(result.share).toBeCloseTo(share, 10);
    expect(result.window).toEqual(band === null ? null : clawbackWindows(clawbackBands)[band]);
  });

  it('gives each band its days: from the band before it to the day before its own end', () => {
    expect(clawbackWindows(clawbackBands)).toEqual([
      { from: 0, last: 29, share: 100, proRata: false },
      { from: 30, last: 89, share: 50, proRata: false },
      { from: 90, last: 180, share: 50, proRata: true },
    ]);
  });

  it.each([
    // A program whose first band falls pro rata: 80% on day 0 down to nothing on day 59, then 20% to day 119.
    [0, 80],
    [30, (80 * 29) / 59],
    [59, 0],
    [60, 20],
    [119, 20],
    [120, 0],
  ])('follows other bands too: day %d returns %d%%', (day, share) => {
    const bands = [
      { beforeDay: 60, share: 80, proRata: true },
      { beforeDay: 120, share: 20 },
    ];
    expect(clawbackShare(day, bands).share).toBeCloseTo(share, 10);
  });

  it('a one-day pro-rata band returns its share on its one day', () => {
    const bands = [
      { beforeDay: 10, share: 100 },
      { beforeDay: 11, share: 50, proRata: true },
    ];
    expect(clawbackShare(10, bands).share).toBe(50);
    expect(clawbackShare(11, bands).share).toBe(0);
  });
});

describe('clawbackWindowText', () => {
  it('says each band as the clawback table on the program pages and the calculator do', () => {
    expect(clawbackWindows(clawbackBands).map(clawbackWindowText)).toEqual([
      ['Day 0 to day 29 after signing', '100%'],
      ['Day 30 to day 89 after signing', '50%'],
      ['Day 90 to day 180 after signing', '50% on day 90, falling in a straight line to nothing by day 180'],
    ]);
  });
});
