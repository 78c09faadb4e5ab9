import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_INPUT_LENGTH,
  checkLimit,
  checkLimits,
  describeLimit,
  parseNumberInput,
  rangeText,
  roundToCents,
} from './limits';

describe('parseNumberInput accepts what people type', () => {
  it.each([
    ['plain integer', '25000', 25000],
    ['surrounding spaces', '  42 ', 42],
    ['thousands separators', '1,234.5', 1234.5],
    ['millions', '1,000,000', 1_000_000],
    ['leading dollar sign', '$5,000', 5000],
    ['euro sign with space', '€ 12.50', 12.5],
    ['pound sign', '£7', 7],
    ['percent suffix keeps the plain number', '20%', 20],
    ['percent with space', '12.5 %', 12.5],
    ['fraction without leading zero', '.5', 0.5],
    ['zero', '0', 0],
    ['negative zero becomes zero', '-0', 0],
    ['negative number', '-3', -3],
    ['minus after currency sign', '$-3', -3],
  ])('%s: "%s" → %d', (_case, text, expected) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value: expected });
  });

  it('returns null for an empty optional field', () => {
    expect(parseNumberInput('   ', { required: false })).toEqual({ ok: true, value: null });
  });
});

describe('parseNumberInput rejects with a message that says what to enter', () => {
  it.each([
    ['empty required field', '', {}, 'Enter a number.'],
    ['letters', 'abc', { min: 0.5, max: 2 }, 'Enter a number from 0.5 to 2, using digits only (such as 1,250.50).'],
    ['script payload', '<script>alert(1)</script>', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['Infinity', 'Infinity', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['NaN', 'NaN', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['exponent notation', '1e5', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['misplaced separators', '1,23,4', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['two decimal points', '1.2.3', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['currency sign and percent together', '$20%', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['a lone sign', '$', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['two minus signs', '-$-5', {}, 'Enter a number, using digits only (such as 1,250.50).'],
    ['below the minimum', '0.4', { min: 0.5, max: 2 }, 'Enter a number from 0.5 to 2.'],
    ['above the maximum', '2.01', { min: 0.5, max: 2 }, 'Enter a number from 0.5 to 2.'],
    ['negative where min is 0', '-1', { min: 0 }, 'Enter a number of at least 0.'],
    ['above a max-only rule', '101', { max: 100 }, 'Enter a number no greater than 100.'],
    [
      'fraction where a whole number is needed',
      '2.5',
      { min: 0, integer: true },
      'Enter a whole number of at least 0.',
    ],
  ])('%s: "%s"', (_case, text, rule, message) => {
    expect(parseNumberInput(text, rule)).toEqual({ ok: false, message });
  });

  it('rejects text longer than the limit before looking at it', () => {
    const text = '1'.repeat(MAX_INPUT_LENGTH + 1);
    const result = parseNumberInput(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(`Use at most ${MAX_INPUT_LENGTH} characters. Enter a number.`);
    expect(parseNumberInput('1'.repeat(MAX_INPUT_LENGTH)).ok).toBe(true);
  });

  it('accepts the range boundaries themselves', () => {
    expect(parseNumberInput('0.5', { min: 0.5, max: 2 })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput('2', { min: 0.5, max: 2 })).toEqual({ ok: true, value: 2 });
  });
});

describe('rangeText', () => {
  it.each([
    [{ min: 0.5, max: 2 }, 'from 0.5 to 2'],
    [{ min: 0 }, 'of at least 0'],
    [{ max: 100 }, 'no greater than 100'],
    [{ min: 1000, max: 1_000_000 }, 'from 1,000 to 1,000,000'],
    [{}, ''],
  ])('%o → "%s"', (rule, text) => {
    expect(rangeText(rule)).toBe(text);
  });
});

describe('parseNumberInput properties', () => {
  it('never returns NaN, Infinity or a value outside the rule, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (text, min) => {
        const rule = { min, max: min + 100 };
        const result = parseNumberInput(text, rule);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(rule.min);
          expect(result.value).toBeLessThanOrEqual(rule.max);
        } else {
          expect(result.message).toMatch(/^(Use at most \d+ characters\. )?Enter a /);
        }
      }),
    );
  });

  it('reads back any non-negative number written with English grouping', () => {
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => {
        const text = format.format(value);
        const result = parseNumberInput(text);
        expect(result.ok).toBe(true);
        expect(result.ok && result.value).toBeCloseTo(Number(text.replaceAll(',', '')), 6);
      }),
    );
  });
});

describe('input limits', () => {
  it.each([
    [{ min: 0, max: 100 }, 'a number from 0 to 100'],
    [{ min: 1, max: 5, integer: true }, 'a whole number from 1 to 5'],
    [{ min: 0.01, max: 1_000_000 }, 'a number from 0.01 to 1,000,000'],
  ])('describes %o as "%s"', (limit, text) => {
    expect(describeLimit(limit)).toBe(text);
  });

  it.each([
    [0, null],
    [100, null],
    [50.5, null],
    [-0.01, 'Enter a number from 0 to 100.'],
    [100.01, 'Enter a number from 0 to 100.'],
    [Number.NaN, 'Enter a number from 0 to 100.'],
    [Number.POSITIVE_INFINITY, 'Enter a number from 0 to 100.'],
  ])('checks %d against 0–100', (value, message) => {
    expect(checkLimit(value, { min: 0, max: 100 })).toBe(message);
  });

  it('skips fields left blank and reports the others by name', () => {
    const limits = { a: { min: 0, max: 1 }, b: { min: 0, max: 1 }, c: { min: 0, max: 1 } };
    expect(checkLimits({ a: 2, c: 0.5 }, limits)).toEqual({ a: 'Enter a number from 0 to 1.' });
  });

  it.each([
    [1.234, 1.23],
    [1.235001, 1.24],
    [32.9967, 33],
    [-0.001, 0],
    [0, 0],
  ])('rounds %d to the cent: %d', (amount, cents) => {
    expect(roundToCents(amount)).toBeCloseTo(cents, 10);
    expect(Object.is(roundToCents(amount), -0)).toBe(false);
  });
});
