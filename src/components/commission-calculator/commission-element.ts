/**
 * `pp-commission-calculator` on /tools/commission/: one form for the five commission models.
 * The model select shows the fields and results of one model; fields shared by several models
 * (`deal`, `rate`, `volume`) are one field whose label follows the model. The formulas live in
 * src/lib/commission.ts; this element reads fields, calls them and writes the outputs.
 */
import {
  commissionModels,
  influencedCommission,
  influencedLimits,
  rebateSteps,
  recurringCommission,
  recurringLimits,
  referralCommission,
  referralLimits,
  registeredDealPoints,
  resellerEconomics,
  resellerLimits,
  tieredCommission,
  tieredLimits,
  tieredMethods,
  validateReseller,
  type CommissionModel,
} from '../../lib/commission';
import { formatFormula, formatPercent } from '../../lib/format';
import type { Tier } from '../../lib/tiers';
import { LimitedCalculatorElement } from '../../scripts/limited-calculator';
import { setControlValue } from '../../scripts/calculator/fields';
import { BracketsEditor, bracketRowsFromText } from './brackets-editor';
import { drawChart } from './chart';

/** Labels of the shared fields and outputs, by model. */
const labels: Record<string, Partial<Record<CommissionModel, string>>> = {
  deal: { referral: 'First-year deal value', recurring: 'Annual contract value', influenced: 'Deal value' },
  rate: { referral: 'Referral rate (%)', recurring: 'Revenue share (%)', influenced: 'Sourced rate (%)' },
  volume: { tiered: 'Annual sales volume', reseller: 'Partner’s annual volume with you' },
  commission: {
    referral: 'Referral commission',
    recurring: 'Commission over the whole period',
    tiered: 'Tiered commission',
    influenced: 'Influenced-deal commission',
  },
};

export class CommissionCalculator extends LimitedCalculatorElement {
  #brackets!: BracketsEditor;
  #model: CommissionModel | null = 'referral';
  /** The `brackets` text last filled from settings; edited brackets are not overwritten. */
  #filledBrackets: string | undefined;

  override connectedCallback(): void {
    if (!this.#brackets) {
      this.#brackets = new BracketsEditor(this.querySelector('[data-brackets]')!, () => this.refresh());
      // A rate still at the previous model's default follows the new model's default.
      this.control('model').addEventListener('change', () => this.#fillRate());
      for (const button of this.querySelectorAll<HTMLButtonElement>('[data-margin-tier]')) {
        button.addEventListener('click', () => {
          const margin = this.control('margin');
          setControlValue(margin, String(this.settings.resellerMargins[button.dataset['marginTier'] as Tier]));
          this.refresh();
        });
      }
    }
    super.connectedCallback();
  }

  protected override applySettings(): void {
    const { rates, resellerMargins, commissionBrackets } = this.settings;
    this.#fillRate();
    this.fillDefaults({ months: rates.recurringMonths, share: rates.influencedShare, margin: resellerMargins.gold });
    if (this.#filledBrackets === undefined || this.#brackets.text() === this.#filledBrackets) {
      this.#brackets.setBrackets(commissionBrackets);
      this.#filledBrackets = this.#brackets.text();
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-margin-tier]')) {
      const tier = button.dataset['marginTier'] as Tier;
      button.querySelector('[data-margin]')!.textContent = formatPercent(resellerMargins[tier], 2);
    }
  }

  protected override queryNames(): string[] {
    return [...super.queryNames(), 'brackets'];
  }

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    this.#fillRate();
    const brackets = query.get('brackets')?.[0];
    if (brackets !== undefined) this.#brackets.setRows(bracketRowsFromText(brackets));
  }

  protected override queryState(): Record<string, string | string[]> {
    const state = super.queryState();
    state['brackets'] = this.#model === 'tiered' ? this.#brackets.text() : '';
    return state;
  }

  protected override resultRows(): string[][] {
    const rows = super.resultRows();
    if (this.#model === 'tiered') rows.splice(-1, 0, ['Commission brackets', this.#brackets.text()]);
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
    for (const [name, byModel] of Object.entries(labels)) {
      const text = byModel[model];
      const label = this.querySelector<HTMLLabelElement>(`label[for="pc-${name}"]`);
      if (text && label) label.firstChild!.textContent = text;
    }
  }

  protected compute(): void {
    const model = this.readChoice('model', commissionModels, 'Choose one of the five models in the list.');
    this.#show(model);
    for (const output of this.querySelectorAll<HTMLOutputElement>('output[name]')) {
      if (!this.isShown(output)) this.clear(output.name);
    }
    if (model === 'referral') this.#referral();
    if (model === 'recurring') this.#recurring();
    if (model === 'tiered') this.#tiered();
    if (model === 'influenced') this.#influenced();
    if (model === 'reseller') this.#reseller();
  }

  #referral(): void {
    const values = this.readFields(referralLimits, ['deal', 'rate']);
    if (!values) return this.clear('commission');
    const { deal, rate } = values as { deal: number; rate: number };
    const { commission } = referralCommission({ deal, rate });
    this.show(
      'commission',
      commission,
      this.money(commission),
      formatFormula([this.money(deal), '×', formatPercent(rate, 2)], this.money(commission)),
    );
  }

  #recurring(): void {
    const values = this.readFields(recurringLimits, ['deal', 'rate', 'months']);
    if (!values) return ['commission', 'firstYear'].forEach((name) => this.clear(name));
    const { deal, rate, months } = values as { deal: number; rate: number; months: number };
    const { commission, firstYear } = recurringCommission({ deal, rate, months });
    const share = [this.money(deal), '×', formatPercent(rate, 2), '×'];
    this.show(
      'commission',
      commission,
      this.money(commission),
      formatFormula([...share, `${months} ÷ 12 months`], this.money(commission)),
    );
    this.show(
      'firstYear',
      firstYear,
      this.money(firstYear),
      formatFormula([...share, `${Math.min(months, 12)} ÷ 12 months`], this.money(firstYear)),
    );
  }

  #tiered(): void {
    const volume = this.readFields(tieredLimits, ['volume'])?.volume;
    const method = this.readChoice('method', tieredMethods, 'Choose marginal or whole volume.');
    const brackets = this.#brackets.read();
    const chart = this.querySelector<HTMLElement>('[data-commission-chart]')!;
    chart.hidden = volume === undefined || !method || !brackets;
    if (volume === undefined || !method || !brackets) return this.clear('commission');
    const { commission, slices } = tieredCommission({ volume, brackets, method });
    const terms = slices.flatMap((slice, i) => [
      ...(i > 0 ? ['+'] : []),
      this.money(slice.to - slice.from),
      '×',
      formatPercent(slice.rate, 2),
    ]);
    this.show('commission', commission, this.money(commission), formatFormula(terms, this.money(commission)));
    drawChart(chart, brackets, method, volume, (n) => this.money(n));
  }

  #influenced(): void {
    const values = this.readFields(influencedLimits, ['deal', 'rate', 'share']);
    if (!values) return this.clear('commission');
    const { deal, rate, share } = values as { deal: number; rate: number; share: number };
    const { commission } = influencedCommission({ deal, rate, share });
    this.show(
      'commission',
      commission,
      this.money(commission),
      formatFormula(
        [this.money(deal), '×', formatPercent(rate, 2), '×', formatPercent(share, 2)],
        this.money(commission),
      ),
    );
  }

  #reseller(): void {
    const registered = this.readChoice('registered', ['0', '1'], 'Choose whether the deal was registered.');
    const values = this.readFields(resellerLimits, ['list', 'margin', 'volume'], ['volume']);
    const input = values &&
      registered && {
        ...(values as { list: number; margin: number }),
        volume: values.volume,
        registered: Number(registered),
      };
    if (!input || this.flagErrors(validateReseller(input))) {
      return ['partnerCost', 'partnerProfit', 'rebateRate'].forEach((name) => this.clear(name));
    }
    const result = resellerEconomics(input);
    const margin = input.registered
      ? `(${formatPercent(input.margin, 2)} + ${registeredDealPoints}%)`
      : formatPercent(input.margin, 2);
    const list = this.money(input.list);
    this.show(
      'partnerProfit',
      result.partnerProfit,
      this.money(result.partnerProfit),
      formatFormula([list, '×', margin], this.money(result.partnerProfit)),
    );
    this.show(
      'partnerCost',
      result.partnerCost,
      this.money(result.partnerCost),
      formatFormula([list, '−', this.money(result.partnerProfit)], this.money(result.partnerCost)),
    );
    const step = result.rebateStep;
    if (!step || input.volume === undefined) {
      this.clear('rebateRate');
      this.querySelector('[data-formula-for="rebateRate"]')!.textContent =
        'Enter the annual volume to see the rebate step.';
      return;
    }
    const next = rebateSteps[rebateSteps.indexOf(step) + 1];
    const range = step.customTerms
      ? `${this.money(step.from)} or more: custom terms, at least`
      : `${this.money(step.from)} up to ${this.money(next!.from)}:`;
    this.show(
      'rebateRate',
      step.rate,
      formatPercent(step.rate),
      `${this.money(input.volume)} a year is in the step ${range} ${formatPercent(step.rate)} rebate (${this.money((input.volume * step.rate) / 100)} a year)`,
    );
  }
}

if (!customElements.get('pp-commission-calculator'))
  customElements.define('pp-commission-calculator', CommissionCalculator);
