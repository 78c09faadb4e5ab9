/**
 * The worked example from the planning issue, shared by model.test.ts and view.test.ts. Checked
 * by hand: 10,000,000 × 25% = 2,500,000 sourced; ÷ 25,000 = 100 deals; ÷ 4 = 25 active partners;
 * 25 ÷ 60% = 41.7 → 42 signed; 42 ÷ 25 = 1.68 → 2 managers; 20% payout = 500,000;
 * 25 × 5,000 MDF = 125,000; 2 × 150,000 team = 300,000; + 30,000 tooling = 955,000;
 * 955,000 ÷ 2,500,000 = 0.382.
 */
import type { PlanField, PlanInput } from './model';

export const planExample: PlanInput = {
  arr: 10_000_000,
  share: 25,
  deal: 25_000,
  deals: 4,
  active: 60,
  capacity: 25,
  pmCost: 150_000,
  payout: 20,
  mdf: 5_000,
  tooling: 30_000,
};

/** The example with the cost of direct sales: 0.6 for each 1 of new ARR. */
export const planExampleWithDirect: PlanInput = { ...planExample, directCost: 0.6 };

/** `planExampleWithDirect` with one field rejected: the element leaves a bad field out. */
export function exampleWithout(field: PlanField): Partial<PlanInput> {
  const values: Partial<PlanInput> = { ...planExampleWithDirect };
  delete values[field];
  return values;
}
