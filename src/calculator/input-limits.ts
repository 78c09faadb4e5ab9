/**
 * Accepted ranges for the numeric inputs of the commission, scorecard, program-health and
 * affiliate-economics tools. Each tool module lists its limits once; the same object drives the
 * field hints on the page, the checks in the module's `validate…` function and the unit tests'
 * "any accepted input" properties, so the page can never accept a value the formulas reject.
 */

export interface Limit {
  readonly min: number;
  readonly max: number;
  /** Counts (days, months, partners, scores) take whole numbers only. */
  readonly integer?: boolean;
}

/** The largest amount of money any tool accepts: a trillion keeps every product exact in a double. */
export const maxMoney = 1_000_000_000_000;

export const moneyLimit: Limit = { min: 0, max: maxMoney };
export const percentLimit: Limit = { min: 0, max: 100 };

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The field hint and error text for a limit: "a number from 0 to 100", "a whole number from 1 to 5". */
export function describeLimit(limit: Limit): string {
  return `${limit.integer ? 'a whole number' : 'a number'} from ${plain.format(limit.min)} to ${plain.format(limit.max)}`;
}

/** Null when `value` is inside the limit, otherwise a message a person can act on. */
export function checkLimit(value: number, limit: Limit): string | null {
  if (
    !Number.isFinite(value) ||
    value < limit.min ||
    value > limit.max ||
    (limit.integer && !Number.isInteger(value))
  ) {
    return `Enter ${describeLimit(limit)}.`;
  }
  return null;
}

/** Field name → message for every field that failed; empty when the whole input is accepted. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** Checks every field against its limit; fields whose value is undefined are skipped (optional and blank). */
export function checkLimits<Field extends string>(
  values: Partial<Record<Field, number | undefined>>,
  limits: Record<Field, Limit>,
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of Object.keys(limits) as Field[]) {
    const value = values[field];
    if (value === undefined) continue;
    const message = checkLimit(value, limits[field]);
    if (message) errors[field] = message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.keys(errors).length > 0;
}

/** A field holding "-0" parses to negative zero, which Intl prints as "-0"; results use plain zero. */
export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** Money is paid in cents: results are rounded to two decimals once, at the end of a formula. */
export function roundToCents(amount: number): number {
  // Math.round(-0.001 * 100) gives -0; a payout is never negative zero.
  return withoutNegativeZero(Math.round(amount * 100) / 100);
}
