/**
 * How program dates read on a page. Dates in content/program.yaml are calendar days
 * ("2027-01-01"), read in UTC so a build in any time zone prints the same day.
 *
 * Public API
 * - `longDate(day)` — "January 1, 2027".
 */

const longDateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function longDate(day: string): string {
  return longDateFormat.format(new Date(`${day}T00:00:00Z`));
}
