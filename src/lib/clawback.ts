/**
 * The clawback rule: how much of a paid commission comes back when the customer cancels, by the
 * program's clawback bands (content/program.yaml `dealRegistration.clawback`), and each band in
 * words. The commission tool's clawback calculator (src/tools/commission/) and the program's pages
 * (src/program/: `clawbackShare`, the clawback table) both use it, so the rule and its wording are
 * written once.
 */
import { formatPercent } from './format';

/**
 * A clawback band (content/program.yaml `dealRegistration.clawback`): `share` of a paid commission
 * comes back when the customer cancels before `beforeDay`. A `proRata` band starts at its share on
 * its first day (the previous band's `beforeDay`) and falls in a straight line to nothing by day
 * `beforeDay - 1`. Bands are in rising order of `beforeDay`; from the last one on nothing comes back.
 */
export interface ClawbackBand {
  readonly beforeDay: number;
  readonly share: number;
  readonly proRata?: boolean | undefined;
}

/** A band with its days: from `from` to `last`, both included. */
export interface ClawbackWindow {
  from: number;
  last: number;
  share: number;
  proRata: boolean;
}

export function clawbackWindows(bands: readonly ClawbackBand[]): ClawbackWindow[] {
  return bands.map(({ beforeDay, share, proRata = false }, index) => ({
    from: bands[index - 1]?.beforeDay ?? 0,
    last: beforeDay - 1,
    share,
    proRata,
  }));
}

/**
 * The share of the commission clawed back, in percent, for a cancellation on `day`, and the
 * window it falls in (null after the last band).
 */
export function clawbackShare(
  day: number,
  bands: readonly ClawbackBand[],
): { share: number; window: ClawbackWindow | null } {
  const window = clawbackWindows(bands).find((w) => day >= w.from && day <= w.last) ?? null;
  if (!window) return { share: 0, window };
  const { from, last, share, proRata } = window;
  // A one-day pro-rata band has no room to fall: its day pays the band's share.
  return { share: proRata && last > from ? (share * (last - day)) / (last - from) : share, window };
}

/** A band's days and what it returns, as the clawback table and the calculator word them. */
export function clawbackWindowText({ from, last, share, proRata }: ClawbackWindow): [days: string, returned: string] {
  const percent = formatPercent(share, 2);
  return [
    `Day ${from} to day ${last} after signing`,
    proRata ? `${percent} on day ${from}, falling in a straight line to nothing by day ${last}` : percent,
  ];
}
