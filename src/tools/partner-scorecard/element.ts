/**
 * `pp-partner-scorecard` on /tools/partner-scorecard/: seven qualification scores → total, band
 * and priority; five weighted criteria → a 0–100 score; red-flag checkboxes → the warnings beside
 * the result (rendered by the server, shown here when their flag is checked). The rules live in
 * model.ts, what the page shows in view.ts.
 */
import {
  evaluationCriteria,
  evaluationLimits,
  formatRedFlags,
  parseRedFlags,
  qualificationDimensions,
  qualificationLimits,
  type EvaluationInput,
  type QualificationInput,
  type RedFlagId,
} from './model';
import { redFlagList, redFlagsLabel, scorecardSummary, scorecardView, unknownFlagsMessage } from './view';
import { CalculatorElement } from '../../calculator/calculator-element';

export class PartnerScorecardElement extends CalculatorElement {
  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="flags"]')];
  }

  #checked(): HTMLInputElement[] {
    return this.#boxes().filter((box) => box.checked);
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
    note.textContent = unknownFlagsMessage(unknown);
  }

  protected override queryState(): Record<string, string | string[]> {
    return { ...super.queryState(), flags: formatRedFlags(this.#checked().map((box) => box.value as RedFlagId)) };
  }

  protected override resultRows(): string[][] {
    return [...super.resultRows(), [redFlagsLabel, redFlagList(this.#checked().map((box) => this.labelOf(box)))]];
  }

  protected override summary(): string {
    return scorecardSummary(super.summary(), this.#checked().length);
  }

  protected compute(): void {
    this.render(
      scorecardView(
        {
          qualification: this.readFields(qualificationLimits, qualificationDimensions) as QualificationInput | null,
          evaluation: this.readFields(evaluationLimits, evaluationCriteria) as EvaluationInput | null,
        },
        this.defaults.tiers,
      ),
    );
    const checked = this.#checked().map((box) => box.value);
    for (const warning of this.querySelectorAll<HTMLElement>('[data-warning]')) {
      warning.hidden = !checked.includes(warning.dataset['warning']!);
    }
    this.querySelector<HTMLElement>('[data-no-warnings]')!.hidden = checked.length > 0;
  }
}

if (!customElements.get('pp-partner-scorecard')) customElements.define('pp-partner-scorecard', PartnerScorecardElement);
