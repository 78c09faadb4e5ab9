/**
 * `pp-partner-scorecard` on /tools/partner-scorecard/: seven qualification scores → total, band
 * and priority; five weighted criteria → a 0–100 score; red-flag checkboxes → warnings beside the
 * result. The rules live in model.ts, what the page shows in view.ts.
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
import { redFlagsLabel, scorecardView, unknownFlagsMessage, type ScorecardView } from './view';
import { CalculatorElement } from '../../calculator/calculator-element';

export class PartnerScorecardElement extends CalculatorElement {
  #view!: ScorecardView;

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
    note.textContent = unknownFlagsMessage(unknown);
  }

  protected override queryState(): Record<string, string | string[]> {
    return { ...super.queryState(), flags: formatRedFlags(this.#checkedFlags()) };
  }

  protected override resultRows(): string[][] {
    return [...super.resultRows(), [redFlagsLabel, this.#view.flagList]];
  }

  protected override summary(): string {
    return this.#view.summary;
  }

  protected compute(): void {
    this.#view = scorecardView({
      qualification: this.readFields(qualificationLimits, qualificationDimensions) as QualificationInput | null,
      evaluation: this.readFields(evaluationLimits, evaluationCriteria) as EvaluationInput | null,
      flags: this.#checkedFlags(),
    });
    this.render(this.#view.outputs);
    const { warnings } = this.#view;
    this.querySelector<HTMLElement>('[data-no-warnings]')!.hidden = warnings.length > 0;
    this.querySelector('[data-warnings]')!.replaceChildren(
      ...warnings.map(({ title, text }) => {
        const item = document.createElement('li');
        const name = document.createElement('strong');
        name.textContent = title;
        item.append(name, text);
        return item;
      }),
    );
  }
}

if (!customElements.get('pp-partner-scorecard')) customElements.define('pp-partner-scorecard', PartnerScorecardElement);
