/**
 * How each program figure reads on a page: the unit comes from the field's name, so a new
 * field of a known kind (another `…Days`, another tier rate) formats itself.
 *
 * Public API
 * - `unitOf(path)` — 'money' | 'percent' | 'days' | 'months' | 'hours' | 'minutes' | 'quarters' | 'number' | 'text'.
 * - `formatFigure(value, unit, currency)` — "$25,000", "15%", "30 days", "1 quarter".
 */
import { formatMoney, formatNumber, formatPercent, type CurrencyCode } from '../lib/format';

export type Unit =
  'money' | 'percent' | 'days' | 'business days' | 'months' | 'hours' | 'minutes' | 'quarters' | 'number' | 'text';

/** Checked in order against the dotted path with tier ids and list ids replaced by `*`. */
const rules: readonly (readonly [RegExp, Unit])[] = [
  [/^planning\.(newArrTarget|averageDeal|managerCost|mdfPerActivePartner|tooling|directCostPerDollar)$/, 'money'],
  [/^planning\.blendedPayout$/, 'percent'],
  [/^planning\./, 'number'],
  [/^healthScore\..*\.(points|from)$/, 'number'],
  [/reminderDays\.\*$/, 'days'],
  [/BusinessDays$/, 'business days'],
  [/^mdf\.approval\.\*\.days$/, 'business days'],
  [/(Days|DaysAhead|^.*\.days)$/, 'days'],
  [/(Months|\.months)$/, 'months'],
  [/Hours$/, 'hours'],
  [/(Minutes|\.minutes)$/, 'minutes'],
  [/graceQuarters\.\*$/, 'quarters'],
  [/(revenue|allocation\.\*|costToServe\.\*|minimumPayout|payoutThreshold|minContribution|upTo|from)$/, 'money'],
  [
    /(referral\.\*|margin\.\*|rate|share|Share|registeredBonus|renewalMargin|payoutSplit\.\w+|activationRate|maxCostShare)$/,
    'percent',
  ],
  [
    /(referrals|certified|renewals|maxExtensions|hours|partnerNps|min|max|level|pilotLeadTarget|minContacts)$/,
    'number',
  ],
];

/** `tiers.gold.requires.revenue` → `tiers.*.requires.revenue`; `commission.referral.gold` → `commission.referral.*`. */
function shape(path: string, tierIds: readonly string[]): string {
  return path
    .split('.')
    .map((part, index, parts) =>
      tierIds.includes(part) ||
      /^\d+$/.test(part) ||
      (index > 0 && ['tracks', 'approval', 'clawback', 'brackets', 'rebates', 'contacts'].includes(parts[index - 1]!))
        ? '*'
        : part,
    )
    .join('.');
}

export function unitOf(path: string, tierIds: readonly string[] = []): Unit {
  const key = shape(path, tierIds);
  return rules.find(([pattern]) => pattern.test(key))?.[1] ?? 'text';
}

/** Units counted in whole things: the singular and plural word after the number. */
const counted: Readonly<Partial<Record<Unit, readonly [string, string]>>> = {
  days: ['day', 'days'],
  'business days': ['business day', 'business days'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  minutes: ['minute', 'minutes'],
  quarters: ['quarter', 'quarters'],
};

export function formatFigure(value: unknown, unit: Unit, currency: CurrencyCode): string {
  if (typeof value !== 'number') return String(value);
  if (unit === 'money') return formatMoney(value, currency);
  if (unit === 'percent') return formatPercent(value, 2);
  const words = counted[unit];
  if (!words) return formatNumber(value);
  return `${formatNumber(value)} ${value === 1 ? words[0] : words[1]}`;
}
