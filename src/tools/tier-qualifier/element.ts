/**
 * `pp-tier-qualifier`: a partner's tier, the gaps to the next one, progress and the benefits it
 * unlocks. Rules: src/tools/tier-qualifier/model.ts; thresholds: the program defaults (data-defaults) and the settings.
 */
import { formatFormula, formatNumber, formatPercent } from '../../lib/format';
import { nextStepSentence, qualifyTier, tierBenefits, type QualifierResult } from './model';
import { earnedTierIds, tierLabels, type Tier, type TierRules } from '../../lib/tiers';
import { CalculatorElement } from '../../calculator/calculator-element';
import { activeTierRules } from '../../calculator/settings';

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
    if (preset === null || !revenue.ok || !referrals.ok || !certified.ok || signed === null) {
      for (const name of ['tier', 'next', 'revenueGap', 'referralGap', 'certifiedGap', 'progress']) this.clear(name);
      this.#showUpcoming(null, null);
      this.#showProgress(null);
      this.#showBenefits(null, null);
      this.#summary = 'No tier yet: fix the highlighted fields.';
      return;
    }

    const rules = activeTierRules({ ...this.settings, tierPreset: preset }, this.defaults.tierPresets);
    const values = {
      revenue: revenue.value,
      referrals: referrals.value,
      certified: certified.value,
      signed: signed === '1',
    };
    const result = qualifyTier(values, rules);
    this.show('tier', result.tier, tierLabels[result.tier], this.#tierReason(result, values, rules));
    this.show('next', result.next ?? '', result.next ? tierLabels[result.next] : 'None: Platinum is the top tier');

    const requirement = result.next && result.next !== 'registered' ? rules[result.next] : null;
    const notApplicable = (path: string) =>
      result.next === null
        ? 'Top tier reached'
        : result.next === 'registered'
          ? 'Not needed: sign the agreement'
          : `No ${path} path to ${tierLabels[result.next]}`;
    this.#showGap(
      'revenueGap',
      result.revenueGap,
      requirement?.revenue ?? null,
      values.revenue,
      notApplicable('revenue'),
      true,
    );
    this.#showGap(
      'referralGap',
      result.referralGap,
      requirement?.referrals ?? null,
      values.referrals,
      notApplicable('referral'),
      false,
    );
    this.#showGap(
      'certifiedGap',
      result.certifiedGap,
      requirement?.certified ?? null,
      values.certified,
      result.next && result.next !== 'registered'
        ? `Not required for ${tierLabels[result.next]}`
        : notApplicable('certification'),
      false,
    );
    this.#showUpcoming(preset === 'detailed' ? result.tier : null, values);
    this.#showProgress(result);
    this.#showBenefits(result.tier, result.next);
    this.#summary = nextStepSentence(result, (amount) => this.money(amount));
  }

  /**
   * Under our program's rules, the tier the same results earn once the next dated change applies;
   * shown only when it differs from today's.
   */
  #showUpcoming(today: Tier | 'none' | null, values: Parameters<typeof qualifyTier>[0] | null): void {
    const box = this.querySelector<HTMLElement>('[data-upcoming]');
    const upcoming = this.defaults.upcomingTiers;
    if (!box) return;
    const later = upcoming && today !== null && values ? qualifyTier(values, upcoming.rules).tier : null;
    box.hidden = later === null || later === today;
    if (later === null || later === today || !upcoming) return this.clear('upcomingTier');
    this.show('upcomingTier', later, `${tierLabels[later]}, from ${upcoming.from}`);
  }

  /** Names the requirement that earned the tier, with the reader's numbers. */
  #tierReason(
    result: QualifierResult,
    values: { revenue: number; referrals: number; certified: number },
    rules: TierRules,
  ): string {
    if (result.tier === 'none') return 'no signed partner agreement';
    if (result.tier === 'registered') {
      return `signed agreement; Silver not yet met`;
    }
    const requirement = rules[result.tier];
    const path =
      requirement.revenue !== null && values.revenue >= requirement.revenue
        ? `revenue ${formatNumber(values.revenue)} ≥ ${formatNumber(requirement.revenue)}`
        : `referrals ${formatNumber(values.referrals)} ≥ ${formatNumber(requirement.referrals ?? 0)}`;
    const certification =
      requirement.certified !== null
        ? ` and certified ${formatNumber(values.certified)} ≥ ${formatNumber(requirement.certified)}`
        : '';
    return `${path}${certification} for ${tierLabels[result.tier]}`;
  }

  #showGap(
    name: string,
    gap: number | null,
    threshold: number | null,
    value: number,
    emptyText: string,
    isMoney: boolean,
  ): void {
    if (gap === null || threshold === null) {
      this.show(name, '', emptyText, '');
      return;
    }
    const text = isMoney ? this.money(gap) : formatNumber(gap);
    const formula =
      gap > 0
        ? formatFormula([threshold, '−', value], gap)
        : `${formatNumber(value)} ≥ ${formatNumber(threshold)}: already met`;
    this.show(name, gap, text, formula);
  }

  #showProgress(result: QualifierResult | null): void {
    const bar = this.querySelector<HTMLProgressElement>('progress');
    const label = this.querySelector<HTMLElement>('[data-next-label]');
    const percent = result ? result.progress * 100 : 0;
    if (bar) {
      bar.value = percent;
      bar.textContent = result ? formatPercent(percent, 0) : '—';
    }
    if (label) label.textContent = result?.next ? tierLabels[result.next] : result ? 'the top tier' : 'the next tier';
    if (result) this.show('progress', result.progress, formatPercent(percent, 0));
  }

  #showBenefits(tier: Tier | 'none' | null, next: Tier | null): void {
    const heading = this.querySelector<HTMLElement>('[data-benefits-heading]');
    const list = this.querySelector<HTMLElement>('[data-benefits]');
    if (!heading || !list) return;
    if (tier === null) {
      heading.textContent = 'Fix the highlighted fields to see what the next tier unlocks.';
      list.replaceChildren();
      return;
    }
    const shown: Tier = next ?? (tier === 'none' ? 'registered' : tier);
    heading.textContent = next ? `What ${tierLabels[next]} unlocks` : `${tierLabels[shown]}, the top tier, includes`;
    const base = this.settings.baseAllocations[shown];
    const items = [
      ...((earnedTierIds as readonly string[]).includes(shown) && base > 0
        ? [`A co-marketing base allocation of ${this.money(base)} a year`]
        : []),
      ...tierBenefits[shown],
    ];
    list.replaceChildren(
      ...items.map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
  }

  protected override summary(): string {
    return this.#summary;
  }
}

if (!customElements.get('pp-tier-qualifier')) customElements.define('pp-tier-qualifier', TierQualifierElement);
