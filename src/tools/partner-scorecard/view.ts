/**
 * What /tools/partner-scorecard/ shows: each output's value, text and formula for a set of
 * scores, the text of every red-flag warning, and the live summary. PartnerScorecard.astro
 * renders it on the server and `pp-partner-scorecard` after every change, so "26 of 35", the
 * band's range and every formula are written once, here. The server renders every warning, hidden
 * until its flag is checked, so their text never has to reach the browser's script.
 */
import { formatFormula, formatNumber } from '../../lib/format';
import { tierName, type TierInfo } from '../../lib/tiers';
import { tierForRole } from '../../program/roles';
import { noResult, shown, summarize, type OutputView } from '../../calculator/view';
import {
  bandRange,
  bandRules,
  evaluationCriteria,
  evaluationWeights,
  qualificationDimensions,
  scoreEvaluation,
  scoreQualification,
  type BandRule,
  type EvaluationInput,
  type QualificationInput,
  type RedFlag,
} from './model';

/** The partner the page opens with (and the unit tests work by hand): total 26, weighted 65. */
export const scorecardExample = {
  qualification: { overlap: 5, synergy: 4, sales: 3, marketing: 4, technical: 2, brand: 5, commitment: 3 },
  evaluation: { fit: 4, market: 4, tech: 3, gtm: 3, culture: 4 },
} as const satisfies { qualification: QualificationInput; evaluation: EvaluationInput };

/** Each output's label, in reading order. */
export const scorecardOutputLabels = {
  total: 'Qualification total',
  band: 'Band',
  priority: 'Outreach priority',
  weighted: 'Weighted evaluation',
} as const;
export type ScorecardOutput = keyof typeof scorecardOutputLabels;

/** The row "Copy as Markdown/CSV" adds for the checked red flags. */
export const redFlagsLabel = 'Red flags';

export interface ScorecardInput {
  /** null: a qualification score is bad, so total, band and priority show no result. */
  readonly qualification: QualificationInput | null;
  /** null: an evaluation score is bad, so the weighted score shows no result. */
  readonly evaluation: EvaluationInput | null;
}

/** The terms of a sum with a plus between each: [a, '+', b, '+', c]. */
const plus = (terms: readonly (number | string)[]) => terms.flatMap((term, i) => (i > 0 ? ['+', term] : [term]));

/** A band's name: "<tier> potential", the tier by its place on our ladder, or "Not ready". */
export function bandLabel(rule: BandRule, tiers: readonly TierInfo[]): string {
  return rule.potential ? `${tierName(tiers, tierForRole(tiers, rule.potential))} potential` : 'Not ready';
}

/** `tiers`: our program's ladder, which names the bands. */
export function scorecardView(
  { qualification, evaluation }: ScorecardInput,
  tiers: readonly TierInfo[],
): Record<ScorecardOutput, OutputView> {
  let total, band, priority, weighted;
  total = band = priority = weighted = noResult();
  if (qualification) {
    const { total: sum, rule } = scoreQualification(qualification);
    const range = bandRange(bandRules.indexOf(rule));
    total = shown(sum, `${sum} of 35`, formatFormula(plus(qualificationDimensions.map((d) => qualification[d])), sum));
    band = shown(rule.band, bandLabel(rule, tiers), `${sum} is in ${range}: ${rule.guidance}`);
    priority = shown(rule.priority, rule.priority, `Score ${range}: ${rule.action}`);
  }
  if (evaluation) {
    const score = scoreEvaluation(evaluation).weighted;
    const terms = plus(evaluationCriteria.map((c) => `${evaluationWeights[c]} × ${evaluation[c] - 1}/4`));
    weighted = shown(score, `${formatNumber(score)} of 100`, formatFormula(terms, score));
  }
  return { total, band, priority, weighted };
}

/** A red flag's warning: its name, then its risk and what to do about it. */
export function warningText(flag: RedFlag): readonly [title: string, text: string] {
  return [`${flag.label}. `, `${flag.risk} ${flag.response}`];
}

/** The checked red flags, by name, for copies: "None" when there are none. */
export function redFlagList(names: readonly string[]): string {
  return names.length === 0 ? 'None' : names.join('; ');
}

/**
 * The live summary: `results`, each result with its label ("Band: Gold potential"; the element
 * reads them off the page), then how many red flags are checked.
 */
export function scorecardSummary(results: string, flagCount: number): string {
  const flags = flagCount === 0 ? 'No red flags' : `${flagCount} red flag${flagCount > 1 ? 's' : ''} to resolve`;
  return `${results}. ${flags}.`;
}

/** The live summary as the server renders it, with no red flag checked. */
export function renderedSummary(outputs: Readonly<Record<ScorecardOutput, OutputView>>): string {
  const results = Object.entries(scorecardOutputLabels).map(
    ([name, label]) => [label, outputs[name as ScorecardOutput].text] as const,
  );
  return scorecardSummary(summarize(results), 0);
}

/** Shown when a link names red flags the page does not know; each id is cut to 60 characters. */
export function unknownFlagsMessage(unknown: readonly string[]): string {
  const names = unknown.map((id) => `“${id.slice(0, 60)}”`).join(', ');
  return `The link named red flags this page does not know, so they were left out: ${names}.`;
}
