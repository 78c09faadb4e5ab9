/**
 * Page governance: when a page's last review is older than its review cadence,
 * the page shows a "review due" notice and the build lists it.
 */
import type { ReviewCadence } from './taxonomy';

const monthsPerCadence: Record<ReviewCadence, number> = {
  monthly: 1,
  quarterly: 3,
  annually: 12,
};

/** The date on which a page reviewed on `lastReviewed` falls due again (UTC, calendar months). */
export function nextReviewDate(lastReviewed: Date, cadence: ReviewCadence): Date {
  const due = new Date(lastReviewed.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + monthsPerCadence[cadence]);
  // Clamp 31 January + 1 month to the last day of February rather than rolling into March.
  const lastDayOfMonth = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDayOfMonth));
  return due;
}

/** True when `today` is on or after the next review date. */
export function isReviewDue(lastReviewed: Date, cadence: ReviewCadence, today: Date): boolean {
  return today.getTime() >= nextReviewDate(lastReviewed, cadence).getTime();
}

/** ISO calendar date (YYYY-MM-DD) for display; review dates carry no time of day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
