import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dataValue,
  formatFormula,
  formatMoney,
  formatNumber,
  formatPercent,
  isCurrencyCode,
  markdownTable,
} from '../../src/lib/format';

describe('formatMoney', () => {
  it.each([
    [45000, 'USD', '$45,000'],
    [3150.5, 'USD', '$3,150.50'],
    [0, 'USD', '$0'],
    [1234.5, 'EUR', '€1,234.50'],
    [99.999, 'GBP', '£100'],
    [1234.5, 'JPY', '¥1,235'],
    [-0.001, 'USD', '$0'],
  ] as const)('%d %s → %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });
});

describe('formatNumber and formatPercent', () => {
  it.each([
    [25000, undefined, '25,000'],
    [1.5, undefined, '1.5'],
    [1 / 3, undefined, '0.33'],
    [1 / 3, 4, '0.3333'],
    [-0, undefined, '0'],
  ])('formatNumber(%d, %s) → %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  it.each([
    [20, '20%'],
    [12.5, '12.5%'],
    [12.25, '12.3%'],
    [0, '0%'],
  ])('formatPercent(%d) → %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});

describe('formatFormula', () => {
  it('writes the co-marketing example with the reader’s numbers', () => {
    expect(formatFormula([25000, '×', 1.5, '×', 1.2], 45000)).toBe('25,000 × 1.5 × 1.2 = 45,000');
  });

  it('keeps pre-formatted money terms as given', () => {
    expect(formatFormula(['$24,000', '×', '20%'], '$4,800')).toBe('$24,000 × 20% = $4,800');
  });
});

describe('dataValue', () => {
  it.each([
    [45000, '45000'],
    [0.1 + 0.2, '0.3'],
    [0.75, '0.75'],
    [-0, '0'],
    [NaN, ''],
    [Infinity, ''],
    [-Infinity, ''],
    [null, ''],
    [undefined, ''],
    ['gold', 'gold'],
    ['', ''],
  ])('%s → "%s"', (value, text) => {
    expect(dataValue(value)).toBe(text);
  });

  it('reads back as the same number to 12 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        const back = Number(dataValue(value));
        expect(Number.isFinite(back)).toBe(true);
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11 + 1e-300);
      }),
    );
  });
});

describe('isCurrencyCode', () => {
  it.each([
    ['USD', true],
    ['EUR', true],
    ['usd', false],
    ['XYZ', false],
    [42, false],
  ])('%s → %s', (value, known) => {
    expect(isCurrencyCode(value)).toBe(known);
  });
});

describe('markdownTable', () => {
  it('writes a header, a separator and rows, escaping pipes and line breaks', () => {
    expect(
      markdownTable(
        ['Item', 'Value'],
        [
          ['Budget', '$45,000'],
          ['A | B', 'two\nlines'],
        ],
      ),
    ).toBe('| Item | Value |\n| --- | --- |\n| Budget | $45,000 |\n| A \\| B | two lines |');
  });
});
