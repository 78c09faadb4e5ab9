/**
 * `pp-tier-qualifier`: a partner's tier, the gaps to the next one, progress and the benefits it
 * unlocks. Rules: model.ts; what each output says: view.ts; the ladders: the program defaults
 * (data-defaults) and the settings.
 */
import { activeTierRules } from '../../calculator/settings';
import { CalculatorElement } from '../../calculator/calculator-element';
import { invalidQualifierView, qualifierView, type QualifierView } from './view';

const presets = ['core', 'detailed', 'custom'] as const;

export class TierQualifierElement extends CalculatorElement {
  #summary = '';

  /** The preset in the settings is the starting choice; a `preset` in the address replaces it. */
  protected override applySettings(): void {
    this.control('preset').value = this.settings.tierPreset;
  }

  protected compute(): void {
    const preset = this.readChoice('preset', presets, 'Choose core, detailed or custom.');
    const revenue = this.readNumber('revenue', { min: 0 });
    const referrals = this.readNumber('referrals', { min: 0, integer: true });
    const certified = this.readNumber('certified', { min: 0, integer: true });
    const signed = this.readChoice('signed', ['1', '0'] as const, 'Choose yes (1) or no (0).');
    const view =
      preset === null || !revenue.ok || !referrals.ok || !certified.ok || signed === null
        ? invalidQualifierView()
        : qualifierView(
            { revenue: revenue.value, referrals: referrals.value, certified: certified.value, signed: signed === '1' },
            activeTierRules({ ...this.settings, tierPreset: preset }, this.defaults),
            {
              money: (amount) => this.money(amount),
              baseAllocations: this.settings.baseAllocations,
              // The coming rules are our program's: shown against its own ladder only.
              upcoming: preset === 'detailed' ? this.defaults.upcomingTiers : undefined,
            },
          );
    this.#show(view);
  }

  #show(view: QualifierView): void {
    this.render(view.outputs);
    const upcoming = this.querySelector<HTMLElement>('[data-upcoming]');
    if (upcoming) upcoming.hidden = !view.upcomingShown;
    const bar = this.querySelector<HTMLProgressElement>('progress');
    if (bar) {
      bar.value = view.progressPercent;
      bar.textContent = view.progressText;
    }
    const label = this.querySelector<HTMLElement>('[data-next-label]');
    if (label) label.textContent = view.progressTo;
    const heading = this.querySelector<HTMLElement>('[data-benefits-heading]');
    if (heading) heading.textContent = view.benefitsHeading;
    this.querySelector<HTMLElement>('[data-benefits]')?.replaceChildren(
      ...view.benefits.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
    this.#summary = view.summary;
  }

  protected override summary(): string {
    return this.#summary;
  }
}

if (!customElements.get('pp-tier-qualifier')) customElements.define('pp-tier-qualifier', TierQualifierElement);
