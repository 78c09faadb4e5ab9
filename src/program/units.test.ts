import { describe, expect, it } from 'vitest';
import { formatFigure, unitOf } from './units';

const tiers = ['registered', 'silver', 'gold', 'platinum'];

describe('unitOf', () => {
  it.each([
    ['tiers.gold.requires.revenue', 'money'],
    ['tiers.gold.requires.referrals', 'number'],
    ['commission.referral.gold', 'percent'],
    ['mdf.allocation.silver', 'money'],
    ['mdf.approval.0.days', 'business days'],
    ['dealRegistration.protectionDays', 'days'],
    ['dealRegistration.reviewBusinessDays', 'business days'],
    ['recruitment.approvalBusinessDays', 'business days'],
    ['certification.tracks.sales.validMonths', 'months'],
    ['tierReview.graceQuarters.gold', 'quarters'],
    ['contacts.0.responseHours', 'hours'],
    ['planning.newArrTarget', 'money'],
    ['planning.blendedPayout', 'percent'],
    ['planning.partnersPerManager', 'number'],
    ['certification.courses.sales.minHours', 'hours'],
    ['certification.courses.expert.days', 'days'],
    ['certification.courses.sales.level', 'number'],
    ['certification.reminderDays.0', 'days'],
    ['onboarding.weeks.practice.setAsideHours', 'hours'],
    ['qbr.sections.pipeline.minutes', 'minutes'],
    ['qbr.agendaDaysAhead', 'days'],
    ['qbr.notesWithinHours', 'hours'],
    ['escalation.critical.responseHours', 'hours'],
    ['healthScore.dimensions.revenue.levels.0.points', 'number'],
    ['healthScore.bands.healthy.from', 'number'],
    ['recruitment.pilotLeadTarget', 'number'],
    ['recruitment.rescoreAfterMonths', 'months'],
    ['company', 'text'],
  ])('%s is %s', (path, unit) => expect(unitOf(path, tiers)).toBe(unit));
});

describe('formatFigure', () => {
  it.each([
    [25000, 'money', 'USD', '$25,000'],
    [31000, 'money', 'GBP', '£31,000'],
    [7.5, 'percent', 'USD', '7.5%'],
    [1, 'days', 'USD', '1 day'],
    [30, 'days', 'USD', '30 days'],
    [2, 'business days', 'USD', '2 business days'],
    [1, 'quarters', 'USD', '1 quarter'],
    [12, 'months', 'USD', '12 months'],
    [15, 'minutes', 'USD', '15 minutes'],
    [1, 'hours', 'USD', '1 hour'],
    [1200, 'number', 'USD', '1,200'],
  ] as const)('%d as %s in %s reads %s', (value, unit, currency, text) =>
    expect(formatFigure(value, unit, currency)).toBe(text),
  );

  it('writes text as it is', () => expect(formatFigure('Quarterly', 'text', 'USD')).toBe('Quarterly'));
});
