/**
 * `pp-co-marketing-budget`: one partner's co-marketing budget. Rules: src/tools/co-marketing-budget/model.ts.
 */
import { partnerBudget, pipelineRange, strategicRange } from './model';
import { formatFormula, formatNumber } from '../../lib/format';
import { tierChoices, tierName, type Tier } from '../../lib/tiers';
import { CalculatorElement } from '../../calculator/calculator-element';

export class BudgetElement extends CalculatorElement {
  #summary = '';

  protected compute(): void {
    const { tiers } = this.defaults;
    const tier = this.readChoice(
      'tier',
      tiers.map((t) => t.id),
      tierChoices(tiers),
    );
    this.#describeBase(tier);
    const base = this.readNumber('base', { min: 0, required: false });
    const pipeline = this.readNumber('pipeline', pipelineRange);
    const strategic = this.readNumber('strategic', strategicRange);
    if (tier === null || !base.ok || !pipeline.ok || !strategic.ok) {
      this.clear('budget');
      this.#summary = 'No budget yet: fix the highlighted fields.';
      return;
    }
    const baseAllocation = base.value ?? this.settings.baseAllocations[tier] ?? 0;
    const budget = partnerBudget({ base: baseAllocation, pipeline: pipeline.value, strategic: strategic.value });
    const formula = formatFormula([baseAllocation, '×', pipeline.value, '×', strategic.value], budget);
    this.show('budget', budget, this.money(budget), formula);
    this.#summary = `${tierName(tiers, tier)} partner budget: ${this.money(budget)} (${formula}).`;
  }

  /** The base field's hint and shadow text name the tier default that an empty field stands for. */
  #describeBase(tier: Tier | null): void {
    const input = this.control('base');
    const hint = document.getElementById(`${input.id}-hint`);
    if (tier === null) return;
    const fallback = formatNumber(this.settings.baseAllocations[tier] ?? 0);
    if (input instanceof HTMLInputElement) input.placeholder = fallback;
    if (hint)
      hint.textContent = `Leave empty to use the tier's base from your settings (${tierName(this.defaults.tiers, tier)}: ${fallback}).`;
  }

  protected override summary(): string {
    return this.#summary;
  }
}

if (!customElements.get('pp-co-marketing-budget')) customElements.define('pp-co-marketing-budget', BudgetElement);
