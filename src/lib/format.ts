/**
 * How calculator numbers read on the page, in formulas, in copied Markdown/CSV and in the
 * `data-value` attribute of every `<output>`. Text uses English grouping (1,234.5) so copied
 * results and formula strings look the same for every reader; the currency comes from the
 * reader's program settings.
 *
 * Public API
 * - `currencyCodes` — the currency codes the settings page offers; `CurrencyCode`; `currencyNames`
 *   — their English names (server-rendered only, so they never reach the browser bundle).
 * - `isCurrencyCode(value)` — type guard for that list.
 * - `formatMoney(amount, currency)` — "$45,000", "€1,234.50", "¥1,235" (cents only when present).
 * - `formatNumber(value, maxFractionDigits = 2)` — "25,000", "1.5", "0.33".
 * - `formatPercent(value, maxFractionDigits = 1)` — for rates written as plain numbers: 20 → "20%".
 * - `formatFormula(terms, result)` — numbers are formatted, strings kept, all joined with spaces:
 *   `formatFormula([25000, '×', 1.5, '×', 1.2], 45000)` → "25,000 × 1.5 × 1.2 = 45,000".
 *   Pass pre-formatted strings (e.g. from `formatMoney`) for money terms.
 * - `dataValue(value)` — the raw value for `data-value`: a number in JavaScript's default format
 *   with floating-point noise removed (0.1 + 0.2 → "0.3"), an id string as is, "" for null,
 *   NaN or ±Infinity.
 * - `markdownTable(headers, rows)` — a GitHub-flavoured Markdown table with `|` escaped.
 */

export const currencyCodes = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'JPY',
  'CNY',
  'HKD',
  'SGD',
  'INR',
  'KRW',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'ILS',
] as const;
export type CurrencyCode = (typeof currencyCodes)[number];

/** English names for the settings page's currency list. Only server-rendered markup uses them, so they stay out of the browser bundle. */
export const currencyNames: Readonly<Record<CurrencyCode, string>> = {
  USD: 'US dollar',
  EUR: 'Euro',
  GBP: 'British pound',
  CAD: 'Canadian dollar',
  AUD: 'Australian dollar',
  NZD: 'New Zealand dollar',
  CHF: 'Swiss franc',
  SEK: 'Swedish krona',
  NOK: 'Norwegian krone',
  DKK: 'Danish krone',
  PLN: 'Polish złoty',
  CZK: 'Czech koruna',
  JPY: 'Japanese yen',
  CNY: 'Chinese yuan',
  HKD: 'Hong Kong dollar',
  SGD: 'Singapore dollar',
  INR: 'Indian rupee',
  KRW: 'South Korean won',
  BRL: 'Brazilian real',
  MXN: 'Mexican peso',
  ZAR: 'South African rand',
  AED: 'UAE dirham',
  ILS: 'Israeli new shekel',
};

const currencyCodeSet: ReadonlySet<string> = new Set(currencyCodes);
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && currencyCodeSet.has(value);
}

const LOCALE = 'en-US';
const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<number, Intl.NumberFormat>();

function moneyFormat(currency: CurrencyCode, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${currency}:${wholeUnits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    moneyFormats.set(key, format);
  }
  return format;
}

function numberFormat(maxFractionDigits: number): Intl.NumberFormat {
  let format = numberFormats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(maxFractionDigits, format);
  }
  return format;
}

/** Money in the reader's currency; whole amounts drop the cents ("$45,000", "$3,150.50"). */
export function formatMoney(amount: number, currency: CurrencyCode): string {
  const withCents = moneyFormat(currency, false);
  const digits = withCents.resolvedOptions().maximumFractionDigits ?? 2;
  const rounded = Number(amount.toFixed(digits)) || 0;
  return (Number.isInteger(rounded) ? moneyFormat(currency, true) : withCents).format(rounded);
}

export function formatNumber(value: number, maxFractionDigits = 2): string {
  return numberFormat(maxFractionDigits).format(value === 0 ? 0 : value);
}

/** A rate written as a plain number (20 means 20 %). */
export function formatPercent(value: number, maxFractionDigits = 1): string {
  return `${formatNumber(value, maxFractionDigits)}%`;
}

export function formatFormula(terms: readonly (number | string)[], result: number | string): string {
  const text = (term: number | string) => (typeof term === 'number' ? formatNumber(term) : term);
  return `${terms.map(text).join(' ')} = ${text(result)}`;
}

export function dataValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const clean = Number(value.toPrecision(12));
  return String(clean === 0 ? 0 : clean);
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
