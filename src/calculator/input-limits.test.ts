import { describe, expect, it } from 'vitest';
import { checkLimit, checkLimits, describeLimit, roundToCents } from './input-limits';

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
