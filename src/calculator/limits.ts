/**
 * What a calculator field accepts, and the messages when it does not: one `Limit` per field,
 * listed once in the tool's model. The same object gives the field hint on the page, parses the
 * typed (or linked, or pasted) text, and checks values inside the model's `validate…` function and
 * the unit tests' "any accepted input" properties, so a page never accepts a value its formulas reject.
 *
 * Public API
 * - `Limit` — `{ min?, max?, integer?, required? }`; `moneyLimit`, `percentLimit`, `MAX_MONEY`.
 * - `parseNumberInput(text, limit)` → `{ ok: true, value }` or `{ ok: false, message }`.
 *   `value` is a finite number, or `null` when the field is empty and `limit.required` is false.
 *   Accepted: surrounding spaces, thousands separators in groups of three (`1,234.5`), one
 *   leading currency sign (`$ € £ ¥ ₹`), or one trailing `%` (the number is kept as written:
 *   `20%` → 20, because rates are plain numbers). Rejected: empty when required, text longer
 *   than `MAX_INPUT_LENGTH`, anything else that is not a plain decimal, values outside
 *   `min`/`max`, and fractions where `integer` is set.
 * - `describeLimit(limit)` ("a whole number from 1 to 5") and `rangeText(limit)` ("from 0.5 to 2"), for hints.
 * - `checkLimit(value, limit)`, `checkLimits(values, limits)` → `FieldErrors` for parsed numbers.
 * - `roundToCents`, `withoutNegativeZero`: how every money result ends.
 *
 * Messages are sentences that start with a verb ("Enter a number from 0.5 to 2.") and are shown
 * next to the field; they never echo the input back, so nothing typed is ever rendered as markup.
 */

export const MAX_INPUT_LENGTH = 32;

export interface Limit {
  /** Smallest allowed value, inclusive. */
  readonly min?: number;
  /** Largest allowed value, inclusive. */
  readonly max?: number;
  /** Empty text is an error (default true). When false, empty text gives `value: null`. */
  readonly required?: boolean;
  /** Counts (days, months, partners, scores) take whole numbers only. */
  readonly integer?: boolean;
}

/** The largest amount of money any tool or setting accepts: a trillion keeps every product exact in a double. */
export const MAX_MONEY = 1_000_000_000_000;

export const moneyLimit: Limit = { min: 0, max: MAX_MONEY };
export const percentLimit: Limit = { min: 0, max: 100 };

export type NumberResult<T = number> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const CURRENCY_SIGNS = '$€£¥₹';
// Optional minus, optional currency sign, digits either plain or grouped in threes, optional
// fraction, optional percent sign. The minus may stand before or after the currency sign.
const NUMBER_PATTERN = new RegExp(
  `^([-−]?)\\s*([${CURRENCY_SIGNS}]?)\\s*([-−]?)(\\d+|\\d{1,3}(?:,\\d{3})+)?(\\.\\d+)?\\s*(%?)$`,
);

const numberWords = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The allowed range in words, e.g. "from 0.5 to 2", "of at least 0", "" when unbounded. */
export function rangeText(rule: Limit): string {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return `from ${numberWords.format(min)} to ${numberWords.format(max)}`;
  if (min !== undefined) return `of at least ${numberWords.format(min)}`;
  if (max !== undefined) return `no greater than ${numberWords.format(max)}`;
  return '';
}

/** The field hint for a limit: "a number from 0 to 100", "a whole number from 1 to 5". */
export function describeLimit(rule: Limit): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const range = rangeText(rule);
  return `${kind}${range ? ` ${range}` : ''}`;
}

function ask(rule: Limit, suffix = ''): string {
  return `Enter ${describeLimit(rule)}${suffix}.`;
}

export function parseNumberInput(text: string, rule: Limit & { required: false }): NumberResult<number | null>;
export function parseNumberInput(text: string, rule?: Limit): NumberResult<number>;
export function parseNumberInput(text: string, rule: Limit = {}): NumberResult<number | null> {
  const required = rule.required ?? true;
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, message: `Use at most ${MAX_INPUT_LENGTH} characters. ${ask(rule)}` };
  }
  const trimmed = text.trim();
  if (trimmed === '') return required ? { ok: false, message: ask(rule) } : { ok: true, value: null };

  const match = NUMBER_PATTERN.exec(trimmed);
  if (!match) return { ok: false, message: ask(rule, ', using digits only (such as 1,250.50)') };
  const [, minusBefore = '', sign = '', minusAfter = '', whole = '', fraction = '', percent = ''] = match;
  if ((minusBefore && minusAfter) || (sign && percent) || (!whole && !fraction)) {
    return { ok: false, message: ask(rule, ', using digits only (such as 1,250.50)') };
  }

  const magnitude = Number(`${whole.replaceAll(',', '') || '0'}${fraction}`);
  const value = minusBefore || minusAfter ? -magnitude : magnitude;
  if (!Number.isFinite(value)) return { ok: false, message: ask(rule) };
  // -0 would print as "0" but carry a sign into formulas.
  const normalised = value === 0 ? 0 : value;

  if (rule.integer && !Number.isInteger(normalised)) return { ok: false, message: ask(rule) };
  if (rule.min !== undefined && normalised < rule.min) return { ok: false, message: ask(rule) };
  if (rule.max !== undefined && normalised > rule.max) return { ok: false, message: ask(rule) };
  return { ok: true, value: normalised };
}

/** Null when `value` is inside the limit, otherwise a message a person can act on. */
export function checkLimit(value: number, limit: Limit): string | null {
  const outside = (limit.min !== undefined && value < limit.min) || (limit.max !== undefined && value > limit.max);
  if (!Number.isFinite(value) || outside || (limit.integer && !Number.isInteger(value))) return ask(limit);
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

/** A field holding "-0" parses to negative zero, which Intl prints as "-0"; results use plain zero. */
export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** Money is paid in cents: results are rounded to two decimals once, at the end of a formula. */
export function roundToCents(amount: number): number {
  // Math.round(-0.001 * 100) gives -0; a payout is never negative zero.
  return withoutNegativeZero(Math.round(amount * 100) / 100);
}
