/**
 * One row of the portfolio planner as text (typed, from a link or from a CSV line) → the partner,
 * or what is wrong with each field. The planner flags each field with its problem; the CSV import
 * (csv-model.ts) reports a line's first problem. So a typed row and a file are judged alike.
 */
import { parseNumberInput } from '../../calculator/limits';
import { isTierOf, tierChoices, type TierInfo } from '../../lib/tiers';
import { MAX_PARTNER_NAME_LENGTH, type Multipliers, type PortfolioPartner, type partnerFields } from './model';

export type PartnerField = (typeof partnerFields)[number];
export type PartnerText = Readonly<Record<PartnerField, string>>;

export interface PartnerCheck {
  readonly partner: PortfolioPartner | null;
  /** Each bad field's message, in column order. */
  readonly problems: Partial<Record<PartnerField, string>>;
}

export function checkPartner(text: PartnerText, tiers: readonly TierInfo[], multipliers: Multipliers): PartnerCheck {
  const problems: Partial<Record<PartnerField, string>> = {};
  const name = text.name.trim();
  if (name.length > MAX_PARTNER_NAME_LENGTH) problems.name = `Use at most ${MAX_PARTNER_NAME_LENGTH} characters.`;
  if (!isTierOf(tiers, text.tier)) problems.tier = tierChoices(tiers);
  const pipeline = parseNumberInput(text.pipeline, multipliers.pipeline);
  if (!pipeline.ok) problems.pipeline = pipeline.message;
  const strategic = parseNumberInput(text.strategic, multipliers.strategic);
  if (!strategic.ok) problems.strategic = strategic.message;
  return {
    partner:
      pipeline.ok && strategic.ok && Object.keys(problems).length === 0
        ? { name, tier: text.tier, pipeline: pipeline.value, strategic: strategic.value }
        : null,
    problems,
  };
}
