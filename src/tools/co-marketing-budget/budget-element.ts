/**
 * `pp-co-marketing-budget`: one partner's co-marketing budget. Rules: model.ts; what it shows: view.ts.
 */
import { budgetView } from './view';
import { tierChoices, tierName } from '../../lib/tiers';
import { CalculatorElement } from '../../calculator/calculator-element';

export class BudgetElement extends CalculatorElement {
  #summary = '';

  protected compute(): void {
    const { tiers, multipliers } = this.defaults;
    const tier = this.readChoice(
      'tier',
      tiers.map((t) => t.id),
      tierChoices(tiers),
    );
    const base = this.readNumber('base', { min: 0, required: false });
    const pipeline = this.readNumber('pipeline', multipliers.pipeline);
    const strategic = this.readNumber('strategic', multipliers.strategic);
    const view = budgetView(
      {
        tier: tier === null ? null : { name: tierName(tiers, tier), base: this.settings.baseAllocations[tier] ?? 0 },
        values:
          base.ok && pipeline.ok && strategic.ok
            ? { base: base.value, pipeline: pipeline.value, strategic: strategic.value }
            : null,
      },
      (amount) => this.money(amount),
    );
    this.render(view.outputs);
    this.#summary = view.summary;
    // The base field's hint and shadow text name the tier default that an empty field stands for.
    if (view.base) {
      const input = this.control('base') as HTMLInputElement;
      input.placeholder = view.base.placeholder;
      document.getElementById(`${input.id}-hint`)!.textContent = view.base.hint;
    }
  }

  protected override summary(): string {
    return this.#summary;
  }
}

if (!customElements.get('pp-co-marketing-budget')) customElements.define('pp-co-marketing-budget', BudgetElement);
