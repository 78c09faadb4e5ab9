import { describe, expect, it } from 'vitest';
import type { TierLadder } from '../../lib/tiers';
import { invalidQualifierView, qualifierView } from './view';

// A hand-written ladder, so the expected text below is worked out by hand, not read from the program.
const ladder: TierLadder = {
  tiers: [
    { id: 'registered', name: 'Registered', unlocks: ['Partner portal: Basic'] },
    { id: 'silver', name: 'Silver', unlocks: ['Partner portal: Full'] },
    { id: 'gold', name: 'Gold', unlocks: ['Partner manager: Dedicated', 'Joint campaigns'] },
    { id: 'platinum', name: 'Platinum', unlocks: ['Executive sponsor'] },
  ],
  rules: {
    silver: { revenue: 25_000, referrals: 5, certified: 1 },
    gold: { revenue: 100_000, referrals: 20, certified: 2 },
    platinum: { revenue: 500_000, referrals: 50, certified: 5 },
  },
};
const three: TierLadder = {
  tiers: [
    { id: 'member', name: 'Member', unlocks: [] },
    { id: 'pro', name: 'Pro', unlocks: ['Deal registration'] },
    { id: 'elite', name: 'Elite', unlocks: ['Custom pricing', 'Executive sponsor'] },
  ],
  rules: {
    pro: { revenue: 10_000, referrals: null, certified: null },
    elite: { revenue: 80_000, referrals: null, certified: null },
  },
};
const money = (amount: number) => `$${amount.toLocaleString('en-US')}`;
const baseAllocations = { registered: 0, silver: 2_000, gold: 10_000, platinum: 50_000 };
const partner = (revenue: number, referrals: number, certified: number, signed = true) => ({
  revenue,
  referrals,
  certified,
  signed,
});

describe('qualifierView', () => {
  it('shows the page example: Silver heading for Gold, every output with its formula', () => {
    const view = qualifierView(partner(30_000, 3, 1), ladder, { money, baseAllocations });
    expect(view.outputs).toEqual({
      tier: { value: 'silver', text: 'Silver', formula: 'revenue 30,000 ≥ 25,000 and certified 1 ≥ 1 for Silver' },
      next: { value: 'gold', text: 'Gold', formula: '' },
      revenueGap: { value: 70_000, text: '$70,000', formula: '100,000 − 30,000 = 70,000' },
      referralGap: { value: 17, text: '17', formula: '20 − 3 = 17' },
      certifiedGap: { value: 1, text: '1', formula: '2 − 1 = 1' },
      progress: { value: 0.4, text: '40%', formula: '' },
      upcomingTier: { value: null, text: '—', formula: '' },
    });
    expect(view.progressPercent).toBeCloseTo(40, 9);
    expect(view.progressTo).toBe('Gold');
    expect(view.benefitsHeading).toBe('What Gold unlocks');
    expect(view.benefits).toEqual([
      'A co-marketing base allocation of $10,000 a year',
      'Partner manager: Dedicated',
      'Joint campaigns',
    ]);
    expect(view.summary).toBe(
      'Silver. Gold needs $70,000 more revenue or 17 more referrals, plus 1 more certified person.',
    );
    expect(view.upcomingShown).toBe(false);
  });

  it('says when a path is already met, and names the referral path that earned the tier', () => {
    const view = qualifierView(partner(0, 25, 2), ladder, { money, baseAllocations });
    expect(view.outputs['tier']?.formula).toBe('referrals 25 ≥ 20 and certified 2 ≥ 2 for Gold');
    expect(view.outputs['referralGap']).toEqual({ value: 25, text: '25', formula: '50 − 25 = 25' });
    expect(view.outputs['revenueGap']?.text).toBe('$500,000');
    const met = qualifierView(partner(30_000, 3, 0), ladder, { money, baseAllocations });
    expect(met.outputs['tier']?.value).toBe('registered');
    expect(met.outputs['revenueGap']).toEqual({ value: 0, text: '$0', formula: '30,000 ≥ 25,000: already met' });
  });

  it('shows the tier under the coming rules only when it differs from today', () => {
    const upcoming = {
      from: 'January 1, 2027',
      rules: { ...ladder.rules, gold: { revenue: 120_000, referrals: 20, certified: 2 } },
    };
    const falls = qualifierView(partner(110_000, 0, 2), ladder, { money, baseAllocations, upcoming });
    expect(falls.outputs['tier']?.value).toBe('gold');
    expect(falls.upcomingShown).toBe(true);
    expect(falls.outputs['upcomingTier']).toEqual({
      value: 'silver',
      text: 'Silver, from January 1, 2027',
      formula: '',
    });
    const stays = qualifierView(partner(130_000, 0, 2), ladder, { money, baseAllocations, upcoming });
    expect(stays.upcomingShown).toBe(false);
    expect(stays.outputs['upcomingTier']?.value).toBeNull();
  });

  it("follows a three-tier ladder with its own ids: top tier, and the entry tier's next step", () => {
    const top = qualifierView(partner(90_000, 0, 0), three, { money, baseAllocations: {} });
    expect(top.outputs['tier']).toEqual({
      value: 'elite',
      text: 'Elite',
      formula: 'revenue 90,000 ≥ 80,000 for Elite',
    });
    expect(top.outputs['next']).toEqual({ value: '', text: 'None: Elite is the top tier', formula: '' });
    expect(top.outputs['revenueGap']).toEqual({ value: '', text: 'Top tier reached', formula: '' });
    expect(top.progressTo).toBe('the top tier');
    expect(top.benefitsHeading).toBe('Elite, the top tier, includes');
    expect(top.benefits).toEqual(['Custom pricing', 'Executive sponsor']);

    const entry = qualifierView(partner(2_500, 4, 0), three, { money, baseAllocations: {} });
    expect(entry.outputs['tier']).toEqual({
      value: 'member',
      text: 'Member',
      formula: 'signed agreement; Pro not yet met',
    });
    expect(entry.outputs['referralGap']).toEqual({ value: '', text: 'No referral path to Pro', formula: '' });
    expect(entry.outputs['certifiedGap']).toEqual({ value: '', text: 'Not required for Pro', formula: '' });
    expect(entry.outputs['progress']).toEqual({ value: 0.25, text: '25%', formula: '' });
    expect(entry.summary).toBe('Member. Pro needs $7,500 more revenue.');
  });

  it('without a signed agreement, points to the entry tier', () => {
    const view = qualifierView(partner(0, 0, 0, false), three, { money, baseAllocations: {} });
    expect(view.outputs['tier']).toEqual({ value: 'none', text: 'None', formula: 'no signed partner agreement' });
    expect(view.outputs['revenueGap']).toEqual({ value: '', text: 'Not needed: sign the agreement', formula: '' });
    expect(view.benefitsHeading).toBe('What Member unlocks');
    expect(view.summary).toBe('No tier yet: signing the partner agreement makes the partner Member.');
  });
});

describe('invalidQualifierView', () => {
  it('clears every output and asks for the highlighted fields', () => {
    const view = invalidQualifierView();
    const names = ['tier', 'next', 'revenueGap', 'referralGap', 'certifiedGap', 'progress', 'upcomingTier'] as const;
    expect(Object.keys(view.outputs).sort()).toEqual([...names].sort());
    for (const name of names) expect(view.outputs[name], name).toEqual({ value: null, text: '—', formula: '' });
    expect(view.benefits).toEqual([]);
    expect(view.summary).toBe('No tier yet: fix the highlighted fields.');
  });
});
