/**
 * Hand-written figures for this tool's unit tests: base allocations, a four-tier ladder, the
 * multiplier ranges and the page's worked example. The program's own come from
 * content/program.yaml; these stay fixed, so every expected value in the tests is worked out by hand.
 */
import type { PortfolioPartner } from './model';

export const bases = { registered: 0, silver: 5_000, gold: 25_000, platinum: 100_000 };

export const tiers = ['Registered', 'Silver', 'Gold', 'Platinum'].map((name) => ({
  id: name.toLowerCase(),
  name,
  unlocks: [],
}));

export const multipliers = { pipeline: { min: 0.5, max: 2 }, strategic: { min: 0.8, max: 1.5 } };

export const partner = (name: string, tier: string, pipeline: number, strategic: number): PortfolioPartner => ({
  name,
  tier,
  pipeline,
  strategic,
});

/** The worked example: 45,000 + 5,000 + 150,000 = 200,000 requested. */
export const worked = [
  partner('Acme Analytics', 'gold', 1.5, 1.2),
  partner('Beacon Consulting', 'silver', 1, 1),
  partner('Corda Systems', 'platinum', 1.5, 1),
];
