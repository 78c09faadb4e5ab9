/**
 * `pp-commission-calculator` on /tools/commission/: one form for the five commission models.
 * The model select shows the fields and results of one model; fields shared by several models
 * (`deal`, `rate`, `volume`) are one field whose label follows the model. The formulas live in
 * model.ts and what each result says in view.ts; this element reads the fields and shows the view.
 * The program's rules (registered-deal bonus, rebate bands) come from `data-defaults`.
 *
 * Rates: defaults against link values. Referral, recurring and influenced each have a default
 * rate (saved settings, else the program). A rate from the link always wins, whatever model it
 * comes with and even when it equals another model's default: `?model=recurring&rate=20` shows
 * 20 and the address is left as it came. A model's default fills the rate only when the reader
 * switches model by hand and the field still holds the previous model's default (or is empty);
 * a rate the reader typed, or one that came from the link and differs from that default, stays.
 * (The rule is `fillDefaults` in the kit, with the link's model as the first "previous model".)
 */
import {
  commissionModels,
  influencedLimits,
  recurringLimits,
  referralLimits,
  resellerLimits,
  tieredLimits,
  tieredMethods,
  validateReseller,
  type CommissionModel,
  type InfluencedInput,
  type RecurringInput,
  type ReferralInput,
} from './model';
import { commissionView, percent, type CommissionInput } from './view';
import { CalculatorElement } from '../../calculator/calculator-element';
import { setControlValue } from '../../calculator/fields';
import type { TieredModel } from './tiered';

export class CommissionElement extends CalculatorElement {
  #wired = false;
  #model: CommissionModel | null = 'referral';
  /** The tiered editor and chart, once loaded (see tiered.ts). */
  #tiered: TieredModel | undefined;
  #tieredLoading = false;
  #summary = '';
  /** A `brackets` value from the address, waiting for the tiered editor to load. */
  #linkedBrackets: string | undefined;
  /** The `brackets` text last filled from settings; edited brackets are not overwritten. */
  #filledBrackets: string | undefined;

  override connectedCallback(): void {
    if (!this.#wired) {
      this.#wired = true;
      // A rate still at the previous model's default follows the new model's default.
      this.control('model').addEventListener('change', () => this.#fillRate());
      for (const button of this.querySelectorAll<HTMLButtonElement>('[data-margin-tier]')) {
        button.addEventListener('click', () => {
          const margin = this.control('margin');
          setControlValue(margin, String(this.settings.resellerMargins[button.dataset['marginTier'] ?? ''] ?? 0));
          this.refresh();
        });
      }
    }
    super.connectedCallback();
  }

  protected override applySettings(): void {
    const { rates, resellerMargins } = this.settings;
    this.#fillRate();
    this.fillDefaults({
      months: rates.recurringMonths,
      share: rates.influencedShare,
      margin: resellerMargins[this.defaults.typicalTier] ?? 0,
    });
    this.#fillBrackets();
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-margin-tier]')) {
      const margin = resellerMargins[button.dataset['marginTier'] ?? ''] ?? 0;
      button.querySelector('[data-margin]')!.textContent = percent(margin);
    }
  }

  #fillBrackets(): void {
    const tiered = this.#tiered;
    if (tiered && (this.#filledBrackets === undefined || tiered.text() === this.#filledBrackets)) {
      tiered.set(this.settings.commissionBrackets);
      this.#filledBrackets = tiered.text();
    }
  }

  #loadTiered(): void {
    if (this.#tieredLoading) return;
    this.#tieredLoading = true;
    void import('./tiered').then(({ TieredModel }) => {
      this.#tiered = new TieredModel(
        this,
        () => this.refresh(),
        (amount) => this.money(amount),
      );
      this.#fillBrackets();
      if (this.#linkedBrackets !== undefined) this.#tiered.set(this.#linkedBrackets);
      this.refresh(false);
    });
  }

  protected override queryNames(): string[] {
    return [...super.queryNames(), 'brackets'];
  }

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    this.#fillRate();
    // The reseller volume is optional and an empty field is not written to the address, so a
    // reseller link without it means "no rebate", not the example volume.
    if (query.get('model')?.[0] === 'reseller' && !query.has('volume')) setControlValue(this.control('volume'), '');
    this.#linkedBrackets = query.get('brackets')?.[0];
  }

  /** A reseller link without `volume` means "no rebate" (see restoreFromQuery). */
  protected override isOptional(name: string): boolean {
    return super.isOptional(name) || (name === 'volume' && this.#model === 'reseller');
  }

  protected override queryState(): Record<string, string | string[]> {
    const state = super.queryState();
    state['brackets'] = this.#model === 'tiered' ? (this.#tiered?.text() ?? this.#linkedBrackets ?? '') : '';
    return state;
  }

  protected override resultRows(): string[][] {
    const rows = super.resultRows();
    if (this.#model === 'tiered' && this.#tiered) rows.splice(-1, 0, ['Commission brackets', this.#tiered.text()]);
    return rows;
  }

  /** The settings' default rate for the model in the select, unless the reader has typed one. */
  #fillRate(): void {
    const { rates } = this.settings;
    const byModel: Partial<Record<string, number>> = {
      referral: rates.referral,
      recurring: rates.recurring,
      influenced: rates.influenced,
    };
    const rate = byModel[this.control('model').value];
    if (rate !== undefined) this.fillDefaults({ rate });
  }

  #show(model: CommissionModel | null): void {
    this.#model = model;
    for (const panel of this.querySelectorAll<HTMLElement>('[data-models]')) {
      panel.hidden = model === null || !panel.dataset['models']!.split(' ').includes(model);
    }
    if (!model) return;
    // Fields and results shared by several models carry their label for each model.
    for (const wrapper of this.querySelectorAll(`[data-label-${model}]`)) {
      wrapper.querySelector('label')!.firstChild!.textContent = wrapper.getAttribute(`data-label-${model}`);
    }
  }

  protected compute(): void {
    const model = this.readChoice('model', commissionModels, 'Choose one of the five models in the list.');
    this.#show(model);
    const view = commissionView(model, model && this.#read(model), this.defaults.commissionRules, (amount) =>
      this.money(amount),
    );
    this.render(view.outputs);
    this.#summary = view.summary;
  }

  protected override summary(): string {
    return this.#summary;
  }

  /** The model's fields, each checked against its limit (bad ones flagged); null when any is bad. */
  #read(model: CommissionModel): CommissionInput | null {
    switch (model) {
      case 'referral': {
        const values = this.readFields(referralLimits, ['deal', 'rate']);
        return values && { model, ...(values as ReferralInput) };
      }
      case 'recurring': {
        const values = this.readFields(recurringLimits, ['deal', 'rate', 'months']);
        return values && { model, ...(values as RecurringInput) };
      }
      case 'tiered': {
        const volume = this.readFields(tieredLimits, ['volume'])?.volume;
        const method = this.readChoice('method', tieredMethods, 'Choose marginal or whole volume.');
        if (!this.#tiered) this.#loadTiered();
        const brackets = this.#tiered?.read(volume, method);
        return volume !== undefined && method && brackets ? { model, volume, method, brackets } : null;
      }
      case 'influenced': {
        const values = this.readFields(influencedLimits, ['deal', 'rate', 'share']);
        return values && { model, ...(values as InfluencedInput) };
      }
      case 'reseller': {
        const registered = this.readChoice('registered', ['0', '1'], 'Choose whether the deal was registered.');
        const values = this.readFields(resellerLimits, ['list', 'margin', 'volume'], ['volume']);
        if (!values || !registered) return null;
        const input = {
          model,
          list: values.list!,
          margin: values.margin!,
          volume: values.volume,
          registered: Number(registered),
        };
        return this.flagErrors(validateReseller(input, this.defaults.commissionRules.registeredBonus)) ? null : input;
      }
    }
  }
}

if (!customElements.get('pp-commission-calculator'))
  customElements.define('pp-commission-calculator', CommissionElement);
