/**
 * `pp-program-plan` on /tools/program-plan/: reads each field against the model's limits, so a
 * bad field is flagged and blanks only the outputs that depend on it, then shows what view.ts
 * works out: the outputs, the partners-against-direct sentence and both charts.
 */
import { planLimits, type PlanField, type PlanInput } from './model';
import { planView, type PlanChart } from './view';
import { CalculatorElement } from '../../calculator/calculator-element';

const fields = Object.keys(planLimits) as PlanField[];

export class ProgramPlanElement extends CalculatorElement {
  protected override readonly optionalParams = ['directCost'];

  protected compute(): void {
    const values: Partial<PlanInput> = {};
    let directCostBlank = false;
    for (const name of fields) {
      const limit = planLimits[name];
      const result = this.readNumber(name, limit.required === false ? { ...limit, required: false } : limit);
      if (result.ok && result.value !== null) values[name] = result.value;
      else if (result.ok) directCostBlank = true;
    }
    const view = planView(values, (amount) => this.money(amount), directCostBlank);
    this.render(view.outputs);
    this.#part('verdict').textContent = view.verdict;
    this.#drawCharts(view.chart);
  }

  #part(name: string): Element {
    return this.querySelector(`[data-plan="${name}"]`)!;
  }

  #drawCharts(chart: PlanChart): void {
    for (const row of chart.funnel) {
      this.#part(`funnel-text-${row.step}`).textContent = row.text;
      this.#part(`funnel-bar-${row.step}`).setAttribute('width', String(row.width));
    }
    this.#part('funnel-desc').textContent = chart.funnelDescription;
    for (const segment of chart.costs) {
      const bar = this.#part(`cost-bar-${segment.part}`);
      bar.setAttribute('x', String(segment.x));
      bar.setAttribute('width', String(segment.width));
      this.#part(`cost-text-${segment.part}`).textContent = segment.text;
    }
    this.#part('cost-desc').textContent = chart.costDescription;
  }
}

if (!customElements.get('pp-program-plan')) customElements.define('pp-program-plan', ProgramPlanElement);
