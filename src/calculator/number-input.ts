/**
 * Turns the text of one calculator field into a number or a message a person can act on.
 * Every tool validates its fields with this, so URL values, typed values and pasted values
 * all meet the same rules.
 *
 * Public API
 * - `parseNumberInput(text, rule)` → `{ ok: true, value }` or `{ ok: false, message }`.
 *   `value` is a finite number, or `null` when the field is empty and `rule.required` is false.
 *   Accepted: surrounding spaces, thousands separators in groups of three (`1,234.5`), one
 *   leading currency sign (`$ € £ ¥ ₹`), or one trailing `%` (the number is kept as written:
 *   `20%` → 20, because rates are plain numbers). Rejected: empty when required, text longer
 *   than `MAX_INPUT_LENGTH`, anything else that is not a plain decimal, values outside
 *   `min`/`max`, and fractions where `integer` is set.
 * - `rangeText(rule)` → the allowed range in words ("from 0.5 to 2"), for hints.
 * - `NumberRule`, `NumberResult`, `MAX_INPUT_LENGTH`.
 *
 * Messages are sentences that start with a verb ("Enter a number from 0.5 to 2.") and are shown
 * next to the field; they never echo the input back, so nothing typed is ever rendered as markup.
 */

export const MAX_INPUT_LENGTH = 32;

export interface NumberRule {
  /** Smallest allowed value, inclusive. */
  readonly min?: number;
  /** Largest allowed value, inclusive. */
  readonly max?: number;
  /** Empty text is an error (default true). When false, empty text gives `value: null`. */
  readonly required?: boolean;
  /** Only whole numbers (counts such as referrals or certified people). */
  readonly integer?: boolean;
}

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
export function rangeText(rule: NumberRule): string {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return `from ${numberWords.format(min)} to ${numberWords.format(max)}`;
  if (min !== undefined) return `of at least ${numberWords.format(min)}`;
  if (max !== undefined) return `no greater than ${numberWords.format(max)}`;
  return '';
}

function ask(rule: NumberRule, suffix = ''): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const range = rangeText(rule);
  return `Enter ${kind}${range ? ` ${range}` : ''}${suffix}.`;
}

export function parseNumberInput(text: string, rule: NumberRule & { required: false }): NumberResult<number | null>;
export function parseNumberInput(text: string, rule?: NumberRule): NumberResult<number>;
export function parseNumberInput(text: string, rule: NumberRule = {}): NumberResult<number | null> {
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
