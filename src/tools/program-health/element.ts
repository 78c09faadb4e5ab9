/**
 * `pp-program-health` on /tools/program-health/: the program's figures → each metric, its target
 * and whether it is met, as one scorecard table. Every field is optional and each metric uses only
 * the fields it needs, so a bad or empty field blanks only the metrics that depend on it. The
 * rules live in model.ts, what the table shows in view.ts.
 */
import { healthLimits, validateHealth, type HealthField, type HealthInput } from './model';
import { healthView } from './view';
import { healthTargetsFrom } from './model';
import { CalculatorElement } from '../../calculator/calculator-element';

const fields = Object.keys(healthLimits) as HealthField[];

export class ProgramHealthElement extends CalculatorElement {
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

    const view = healthView(input, (amount) => this.money(amount), healthTargetsFrom(this.defaults.healthTargets));
    this.render(view.outputs);
    for (const [metric, message] of Object.entries(view.messages)) {
      const note = this.querySelector<HTMLElement>(`[data-message-for="${metric}"]`);
      if (note) note.textContent = message;
    }
    this.querySelector('[data-headline]')!.textContent = view.headline;
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

if (!customElements.get('pp-program-health')) customElements.define('pp-program-health', ProgramHealthElement);
