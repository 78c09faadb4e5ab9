/**
 * What /tools/partner-scorecard/ shows for an input: each output's value, text and formula, the
 * red-flag warnings and the live summary. PartnerScorecard.astro renders it on the server and
 * `pp-partner-scorecard` after every change, so "26 of 35", the band's range and every formula
 * are written once, here.
 */
import { formatFormula, formatNumber } from '../../lib/format';
import { noResult, shown, summarize, type OutputView } from '../../calculator/view';
import {
  bandRange,
  bandRules,
  evaluationCriteria,
  evaluationWeights,
  qualificationDimensions,
  redFlagWarnings,
  scoreEvaluation,
  scoreQualification,
  type EvaluationInput,
  type QualificationInput,
  type RedFlagId,
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
export const scorecardOutputs = Object.keys(scorecardOutputLabels) as ScorecardOutput[];

/** The row "Copy as Markdown/CSV" adds for the checked red flags. */
export const redFlagsLabel = 'Red flags';

export interface ScorecardInput {
  /** null: a qualification score is bad, so total, band and priority show no result. */
  readonly qualification: QualificationInput | null;
  /** null: an evaluation score is bad, so the weighted score shows no result. */
  readonly evaluation: EvaluationInput | null;
  readonly flags: readonly RedFlagId[];
}

export interface ScorecardView {
  readonly outputs: Readonly<Record<ScorecardOutput, OutputView>>;
  /** One per checked red flag, in the table's order: its name, then its risk and response. */
  readonly warnings: readonly { readonly title: string; readonly text: string }[];
  /** The checked red flags for copies: their names, or "None". */
  readonly flagList: string;
  readonly summary: string;
}

/** The terms of a sum with a plus between each: [a, '+', b, '+', c]. */
const plus = (terms: readonly (number | string)[]) => terms.flatMap((term, i) => (i > 0 ? ['+', term] : [term]));

function qualificationOutputs(
  scores: QualificationInput | null,
): Pick<ScorecardView['outputs'], 'total' | 'band' | 'priority'> {
  if (!scores) return { total: noResult(), band: noResult(), priority: noResult() };
  const { total, rule } = scoreQualification(scores);
  const range = bandRange(bandRules.indexOf(rule));
  return {
    total: shown(total, `${total} of 35`, formatFormula(plus(qualificationDimensions.map((d) => scores[d])), total)),
    band: shown(rule.band, rule.label, `${total} is in ${range}: ${rule.guidance}`),
    priority: shown(rule.priority, rule.priority, `Score ${range}: ${rule.action}`),
  };
}

function weightedOutput(scores: EvaluationInput | null): OutputView {
  if (!scores) return noResult();
  const { weighted } = scoreEvaluation(scores);
  const terms = plus(evaluationCriteria.map((c) => `${evaluationWeights[c]} × ${scores[c] - 1}/4`));
  return shown(weighted, `${formatNumber(weighted)} of 100`, formatFormula(terms, weighted));
}

export function scorecardView({ qualification, evaluation, flags }: ScorecardInput): ScorecardView {
  const outputs = { ...qualificationOutputs(qualification), weighted: weightedOutput(evaluation) };
  const checked = redFlagWarnings(flags);
  const count = checked.length;
  const flagText = count === 0 ? 'No red flags' : `${count} red flag${count > 1 ? 's' : ''} to resolve`;
  return {
    outputs,
    warnings: checked.map((flag) => ({ title: `${flag.label}. `, text: `${flag.risk} ${flag.response}` })),
    flagList: count === 0 ? 'None' : checked.map((flag) => flag.label).join('; '),
    summary: `${summarize(scorecardOutputs.map((name) => [scorecardOutputLabels[name], outputs[name].text]))}. ${flagText}.`,
  };
}

/** Shown when a link names red flags the page does not know; each id is cut to 60 characters. */
export function unknownFlagsMessage(unknown: readonly string[]): string {
  const names = unknown.map((id) => `“${id.slice(0, 60)}”`).join(', ');
  return `The link named red flags this page does not know, so they were left out: ${names}.`;
}
