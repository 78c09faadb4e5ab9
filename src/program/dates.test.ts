import { describe, expect, it } from 'vitest';
import { longDate } from './dates';

describe('longDate', () => {
  it('reads a calendar day in words, the same day in every time zone', () => {
    expect(longDate('2027-01-01')).toBe('January 1, 2027');
    expect(longDate('2026-12-31')).toBe('December 31, 2026');
    expect(longDate('2028-02-29')).toBe('February 29, 2028');
  });
});
