/**
 * `pp-program-health` on /tools/program-health/: the program's figures → each metric, its target
 * and whether it is met, as one scorecard table. Every field is optional and each metric uses only
 * the fields it needs, so a bad or empty field blanks only the metrics that depend on it. The
 * rules live in src/tools/program-health/model.ts.
 */
import {
  assessHealth,
  healthLimits,
  healthTargets,
  summarizeHealth,
  validateHealth,
  type HealthField,
  type HealthInput,
  type HealthMetric,
} from './model';
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { CalculatorElement } from '../../calculator/calculator-element';

const fields = Object.keys(healthLimits) as HealthField[];

/** Rounded down, so a share just below its target never reads as the target itself. */
const shown = (value: number) => Math.floor(value * 100) / 100;
const percent = (value: number) => formatPercent(shown(value), 2);

export class ProgramHealth extends CalculatorElement {
  protected override readonly optionalParams = fields;

  protected compute(): void {
    const parsed: HealthInput = {};
    for (const name of fields) {
      const result = this.readNumber(name, { ...healthLimits[name], required: false });
      if (result.ok && result.value !== null) parsed[name] = result.value;
    }
    // Ranges are already checked; what is left are pairs that contradict each other.
    const conflicts = validateHealth(parsed);
    this.flagErrors(conflicts);
    const input: HealthInput = { ...parsed };
    for (const name of Object.keys(conflicts) as HealthField[]) delete input[name];

    const result = assessHealth(input);
    const { total, sourced, influenced, partners, active } = input;
    const texts: Record<HealthMetric, [string, string]> = {
      sourcedShare: [
        percent(result.sourcedShare.value ?? 0),
        this.#shareFormula(sourced, total, result.sourcedShare.value),
      ],
      influencedShare: [
        percent(result.influencedShare.value ?? 0),
        this.#shareFormula(influenced, total, result.influencedShare.value),
      ],
      activation: [
        percent(result.activation.value ?? 0),
        formatFormula([active ?? 0, '÷', partners ?? 0, '× 100'], percent(result.activation.value ?? 0)),
      ],
      revenuePerPartner: [
        this.money(result.revenuePerPartner.value ?? 0),
        formatFormula([this.money(sourced ?? 0), '÷', active ?? 0], this.money(result.revenuePerPartner.value ?? 0)),
      ],
      nps: [formatNumber(shown(input.nps ?? 0)), ''],
      days: [`${formatNumber(shown(input.days ?? 0))} days`, ''],
    };

    for (const [metric, { value, status, message }] of Object.entries(result) as [
      HealthMetric,
      (typeof result)[HealthMetric],
    ][]) {
      const [text, formula] = texts[metric];
      // NPS and days echo an input of the same name, so their result outputs are named nps/daysResult.
      const outputName = metric === 'nps' || metric === 'days' ? `${metric}Result` : metric;
      if (value === null) this.clear(outputName);
      else this.show(outputName, value, text, formula);
      const note = this.querySelector<HTMLElement>(`[data-message-for="${metric}"]`);
      if (note) note.textContent = message ?? '';
      if (!healthTargets[metric]) continue;
      const statusName = `${metric}Status`;
      if (status === null) this.clear(statusName);
      else this.show(statusName, status, status === 'met' ? '✓ Met' : '✗ Not met');
    }

    const { met, judged } = summarizeHealth(result);
    this.querySelector('[data-headline]')!.textContent =
      judged === 0 ? 'No target can be judged yet: fill in the figures you have.' : `${met} of ${judged} targets met.`;
  }

  #shareFormula(part: number | undefined, total: number | undefined, value: number | null): string {
    return value === null
      ? ''
      : formatFormula([this.money(part ?? 0), '÷', this.money(total ?? 0), '× 100'], percent(value));
  }

  protected override summary(): string {
    const rows = [...this.querySelectorAll('tbody tr')].map((row) => {
      const metric = row.querySelector('th')?.textContent?.trim() ?? '';
      const [value, , status] = [...row.querySelectorAll('td')].map((cell) =>
        (cell.querySelector('output')?.textContent ?? cell.textContent ?? '').trim(),
      );
      return `${metric}: ${value}${status && status !== '—' && status !== 'No target' ? `, ${status.replace(/^[✓✗] /, '').toLowerCase()}` : ''}`;
    });
    return `${this.querySelector('[data-headline]')!.textContent} ${rows.join('. ')}.`;
  }

  protected override resultRows(): string[][] {
    const inputs = this.paramControls().map((control) => [this.labelOf(control), control.value.trim()]);
    const metrics = [...this.querySelectorAll('tbody tr')].map((row) => {
      const [value, target, status] = [...row.querySelectorAll('td')].map((cell) =>
        (cell.querySelector('output')?.textContent ?? cell.firstChild?.textContent ?? '').trim(),
      );
      return [`${row.querySelector('th')?.textContent?.trim() ?? ''} (target: ${target})`, `${value} — ${status}`];
    });
    return [...inputs, ...metrics];
  }
}

if (!customElements.get('pp-program-health')) customElements.define('pp-program-health', ProgramHealth);
