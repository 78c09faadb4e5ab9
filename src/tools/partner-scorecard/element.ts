/**
 * `pp-partner-scorecard` on /tools/partner-scorecard/: seven qualification scores → total, band
 * and priority; five weighted criteria → a 0–100 score; red-flag checkboxes → warnings beside the
 * result. The rules live in src/tools/partner-scorecard/model.ts.
 */
import {
  bandRules,
  evaluationCriteria,
  evaluationLimits,
  evaluationWeights,
  formatRedFlags,
  parseRedFlags,
  qualificationDimensions,
  qualificationLimits,
  redFlagWarnings,
  scoreEvaluation,
  scoreQualification,
  type EvaluationInput,
  type QualificationInput,
  type RedFlagId,
  bandRange,
} from './model';
import { formatFormula, formatNumber } from '../../lib/format';
import { CalculatorElement } from '../../calculator/calculator-element';

export class PartnerScorecardElement extends CalculatorElement {
  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="flags"]')];
  }

  #checkedFlags(): RedFlagId[] {
    return this.#boxes()
      .filter((box) => box.checked)
      .map((box) => box.value as RedFlagId);
  }

  protected override queryNames(): string[] {
    return [...super.queryNames(), 'flags'];
  }

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    const text = query.get('flags')?.[0];
    if (text === undefined) return;
    const { flags, unknown } = parseRedFlags(text);
    for (const box of this.#boxes()) box.checked = flags.includes(box.value as RedFlagId);
    const note = this.querySelector<HTMLElement>('[data-unknown-flags]')!;
    note.hidden = unknown.length === 0;
    note.textContent = `The link named red flags this page does not know, so they were left out: ${unknown
      .map((id) => `“${id.slice(0, 60)}”`)
      .join(', ')}.`;
  }

  protected override queryState(): Record<string, string | string[]> {
    return { ...super.queryState(), flags: formatRedFlags(this.#checkedFlags()) };
  }

  protected override resultRows(): string[][] {
    const flags = redFlagWarnings(this.#checkedFlags()).map((flag) => flag.label);
    return [...super.resultRows(), ['Red flags', flags.length > 0 ? flags.join('; ') : 'None']];
  }

  protected override summary(): string {
    const count = this.#checkedFlags().length;
    return `${super.summary()}. ${count === 0 ? 'No red flags' : `${count} red flag${count > 1 ? 's' : ''} to resolve`}.`;
  }

  protected compute(): void {
    this.#qualification();
    this.#evaluation();
    this.#warnings();
  }

  #qualification(): void {
    const scores = this.readFields(qualificationLimits, qualificationDimensions);
    if (!scores) return ['total', 'band', 'priority'].forEach((name) => this.clear(name));
    const { total, rule } = scoreQualification(scores as QualificationInput);
    const range = bandRange(bandRules.indexOf(rule));
    this.show(
      'total',
      total,
      `${total} of 35`,
      formatFormula(
        qualificationDimensions.flatMap((d, i) => [...(i > 0 ? ['+'] : []), scores[d]!]),
        total,
      ),
    );
    this.show('band', rule.band, rule.label, `${total} is in ${range}: ${rule.guidance}`);
    this.show('priority', rule.priority, rule.priority, `Score ${range}: ${rule.action}`);
  }

  #evaluation(): void {
    const scores = this.readFields(evaluationLimits, evaluationCriteria);
    if (!scores) return this.clear('weighted');
    const { weighted } = scoreEvaluation(scores as EvaluationInput);
    const terms = evaluationCriteria.flatMap((c, i) => [
      ...(i > 0 ? ['+'] : []),
      `${evaluationWeights[c]} × ${scores[c]! - 1}/4`,
    ]);
    this.show('weighted', weighted, `${formatNumber(weighted)} of 100`, formatFormula(terms, weighted));
  }

  #warnings(): void {
    const list = this.querySelector<HTMLUListElement>('[data-warnings]')!;
    const warnings = redFlagWarnings(this.#checkedFlags());
    this.querySelector<HTMLElement>('[data-no-warnings]')!.hidden = warnings.length > 0;
    list.replaceChildren(
      ...warnings.map((flag) => {
        const item = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = `${flag.label}. `;
        item.append(name, `${flag.risk} ${flag.response}`);
        return item;
      }),
    );
  }
}

if (!customElements.get('pp-partner-scorecard')) customElements.define('pp-partner-scorecard', PartnerScorecardElement);
