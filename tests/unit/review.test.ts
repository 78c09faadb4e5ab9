import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isReviewDue, isoDate, nextReviewDate } from '../../src/lib/review';
import { reviewCadences } from '../../src/lib/taxonomy';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('nextReviewDate', () => {
  it.each([
    ['2026-01-15', 'monthly', '2026-02-15'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2024-01-31', 'monthly', '2024-02-29'],
    ['2026-11-20', 'quarterly', '2027-02-20'],
    ['2026-11-30', 'quarterly', '2027-02-28'],
    ['2026-03-01', 'annually', '2027-03-01'],
    ['2024-02-29', 'annually', '2025-02-28'],
  ] as const)('%s reviewed %s falls due on %s', (reviewed, cadence, due) => {
    expect(isoDate(nextReviewDate(day(reviewed), cadence))).toBe(due);
  });
});

describe('isReviewDue', () => {
  it.each([
    ['2026-08-20', 'quarterly', '2026-11-19', false],
    ['2026-08-20', 'quarterly', '2026-11-20', true],
    ['2026-10-25', 'monthly', '2026-11-25', true],
    ['2026-10-26', 'monthly', '2026-11-25', false],
    ['2025-11-26', 'annually', '2026-11-25', false],
  ] as const)('reviewed %s, %s, today %s → due %s', (reviewed, cadence, today, due) => {
    expect(isReviewDue(day(reviewed), cadence, day(today))).toBe(due);
  });

  it('is never due before the review date and always due a full cadence plus a month later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: day('2000-01-01'), max: day('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...reviewCadences),
        (reviewed, cadence) => {
          expect(isReviewDue(reviewed, cadence, reviewed)).toBe(false);
          const farLater = new Date(reviewed.getTime() + 400 * 86_400_000);
          expect(isReviewDue(reviewed, cadence, farLater)).toBe(true);
        },
      ),
    );
  });
});
