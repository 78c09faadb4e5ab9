/**
 * The targets model.test.ts and view.test.ts work their cases against, written out here rather
 * than read from content/program.yaml so the hand-worked cases hold whatever the program says:
 * 20% sourced, 40% influenced, 60% active, NPS 50, first deal in under 90 days.
 */
import { healthTargetsFrom } from './model';

export const testTargets = healthTargetsFrom({
  sourcedShare: 20,
  influencedShare: 40,
  activationRate: 60,
  partnerNps: 50,
  daysToFirstDeal: 90,
});
