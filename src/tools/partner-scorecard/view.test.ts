import { describe, expect, it } from 'vitest';
import {
  redFlagList,
  renderedSummary,
  scorecardExample,
  scorecardSummary,
  scorecardView,
  unknownFlagsMessage,
  warningText,
} from './view';
import { redFlags, type EvaluationInput, type QualificationInput } from './model';

const { qualification, evaluation } = scorecardExample;
// A four-tier ladder written out here: the bands are named after its tiers by their places on it.
const tiers = ['Registered', 'Silver', 'Gold', 'Platinum'].map((name) => ({
  id: name.toLowerCase(),
  name,
  unlocks: [],
}));
const noResult = { value: null, text: '—', formula: '' };

const allQualification = (score: number): QualificationInput => ({
  overlap: score,
  synergy: score,
  sales: score,
  marketing: score,
  technical: score,
  brand: score,
  commitment: score,
});
const allEvaluation = (score: number): EvaluationInput => ({
  fit: score,
  market: score,
  tech: score,
  gtm: score,
  culture: score,
});

describe('scorecardView', () => {
  it('names the bands after the tiers of a five-tier ladder by their places: top, middle, first', () => {
    const five = ['Member', 'Bronze', 'Silver', 'Gold', 'Elite'].map((name) => ({
      id: name.toLowerCase(),
      name,
      unlocks: [],
    }));
    const band = (score: number) =>
      scorecardView({ qualification: allQualification(score), evaluation }, five).band.text;
    expect([5, 4, 3, 1].map(band)).toEqual(['Elite potential', 'Silver potential', 'Bronze potential', 'Not ready']);
  });

  it('shows the page example in words, with each formula', () => {
    const outputs = scorecardView({ qualification, evaluation }, tiers);
    expect(outputs).toEqual({
      total: { value: 26, text: '26 of 35', formula: '5 + 4 + 3 + 4 + 2 + 5 + 3 = 26' },
      band: { value: 'gold', text: 'Gold potential', formula: '26 is in 25–29: Invest moderately.' },
      priority: {
        value: 'P1',
        text: 'P1',
        formula: 'Score 25–29: Run a structured business-development approach and propose a pilot.',
      },
      weighted: {
        value: 65,
        text: '65 of 100',
        formula: '25 × 3/4 + 20 × 3/4 + 20 × 2/4 + 20 × 2/4 + 15 × 3/4 = 65',
      },
    });
    expect(renderedSummary(outputs)).toBe(
      'Qualification total: 26 of 35. Band: Gold potential. Outreach priority: P1. Weighted evaluation: 65 of 100. No red flags.',
    );
  });

  it.each([
    [
      'platinum, P0 and 100 for a perfect partner',
      5,
      { value: 35, text: '35 of 35', formula: '5 + 5 + 5 + 5 + 5 + 5 + 5 = 35' },
      { value: 'platinum', text: 'Platinum potential', formula: '35 is in 30 or more: Prioritize heavily.' },
      { value: 'P0', text: 'P0', formula: 'Score 30 or more: Reach out now and involve an executive.' },
      { value: 100, text: '100 of 100', formula: '25 × 4/4 + 20 × 4/4 + 20 × 4/4 + 20 × 4/4 + 15 × 4/4 = 100' },
    ],
    [
      'not ready, P3 and 0 for the weakest partner',
      1,
      { value: 7, text: '7 of 35', formula: '1 + 1 + 1 + 1 + 1 + 1 + 1 = 7' },
      { value: 'not-ready', text: 'Not ready', formula: '7 is in under 15: Revisit in six months.' },
      { value: 'P3', text: 'P3', formula: 'Score under 15: Monitor and check back each quarter.' },
      { value: 0, text: '0 of 100', formula: '25 × 0/4 + 20 × 0/4 + 20 × 0/4 + 20 × 0/4 + 15 × 0/4 = 0' },
    ],
  ])('gives %s', (_name, score, total, band, priority, weighted) => {
    const outputs = scorecardView({ qualification: allQualification(score), evaluation: allEvaluation(score) }, tiers);
    expect(outputs).toEqual({ total, band, priority, weighted });
  });

  it.each([
    // The example with brand alignment lowered from 5 to 1: 5 + 4 + 3 + 4 + 2 + 1 + 3.
    [
      'brand alignment at 1',
      { brand: 1 },
      22,
      'silver',
      'Silver potential',
      '22 is in 15–24: Standard engagement.',
      'P2',
    ],
    // The example with customer overlap lowered from 5 to 3: 3 + 4 + 3 + 4 + 2 + 5 + 3.
    [
      'customer overlap at 3',
      { overlap: 3 },
      24,
      'silver',
      'Silver potential',
      '24 is in 15–24: Standard engagement.',
      'P2',
    ],
    // 5 + 5 + 5 + 5 + 5 + 4 + 1: the lowest platinum total.
    [
      'a total of 30',
      { overlap: 5, synergy: 5, sales: 5, marketing: 5, technical: 5, brand: 4, commitment: 1 },
      30,
      'platinum',
      'Platinum potential',
      '30 is in 30 or more: Prioritize heavily.',
      'P0',
    ],
    // Seven twos: 14, the highest total that is not ready.
    [
      'a total of 14',
      { overlap: 2, synergy: 2, sales: 2, marketing: 2, technical: 2, brand: 2, commitment: 2 },
      14,
      'not-ready',
      'Not ready',
      '14 is in under 15: Revisit in six months.',
      'P3',
    ],
  ] as const)('%s: total %d, %s', (_name, change, total, band, label, formula, priority) => {
    const outputs = scorecardView({ qualification: { ...qualification, ...change }, evaluation }, tiers);
    expect(outputs.total.value).toBe(total);
    expect(outputs.total.text).toBe(`${total} of 35`);
    expect(outputs.band).toEqual({ value: band, text: label, formula });
    expect(outputs.priority.value).toBe(priority);
  });

  it('shows a weighted score with quarter points as they are', () => {
    // 25 × 3/4 + 20 × 2/4 + 20 × 4/4 + 20 × 1/4 + 15 × 0/4 = 18.75 + 10 + 20 + 5 + 0.
    const outputs = scorecardView(
      {
        qualification,
        evaluation: { fit: 4, market: 3, tech: 5, gtm: 2, culture: 1 },
      },
      tiers,
    );
    expect(outputs.weighted).toEqual({
      value: 53.75,
      text: '53.75 of 100',
      formula: '25 × 3/4 + 20 × 2/4 + 20 × 4/4 + 20 × 1/4 + 15 × 0/4 = 53.75',
    });
  });

  it('shows the example with strategic fit at 5', () => {
    // 25 × 4/4 + 20 × 3/4 + 20 × 2/4 + 20 × 2/4 + 15 × 3/4 = 25 + 15 + 10 + 10 + 11.25.
    const outputs = scorecardView({ qualification, evaluation: { ...evaluation, fit: 5 } }, tiers);
    expect(outputs.weighted).toEqual({
      value: 71.25,
      text: '71.25 of 100',
      formula: '25 × 4/4 + 20 × 3/4 + 20 × 2/4 + 20 × 2/4 + 15 × 3/4 = 71.25',
    });
  });

  it('shows no total, band or priority when a qualification score is bad, and still the weighted score', () => {
    const outputs = scorecardView({ qualification: null, evaluation }, tiers);
    expect(outputs).toEqual({
      total: noResult,
      band: noResult,
      priority: noResult,
      weighted: { value: 65, text: '65 of 100', formula: '25 × 3/4 + 20 × 3/4 + 20 × 2/4 + 20 × 2/4 + 15 × 3/4 = 65' },
    });
    expect(renderedSummary(outputs)).toBe(
      'Qualification total: —. Band: —. Outreach priority: —. Weighted evaluation: 65 of 100. No red flags.',
    );
  });

  it('shows no weighted score when an evaluation score is bad', () => {
    const outputs = scorecardView({ qualification, evaluation: null }, tiers);
    expect(outputs.weighted).toEqual(noResult);
    expect(outputs.total.text).toBe('26 of 35');
  });
});

describe('red flags', () => {
  it('writes a warning as the flag’s name, then its risk and response', () => {
    const [flag] = redFlags.filter((candidate) => candidate.id === 'competitive-overlap');
    expect(warningText(flag!)).toEqual([
      'Competitive overlap. ',
      'Where products compete, their interests and yours conflict. Agree clear swim lanes before you commit.',
    ]);
  });

  it('lists the checked flags for copies, or says there are none', () => {
    expect(redFlagList([])).toBe('None');
    expect(redFlagList(['Competitive overlap'])).toBe('Competitive overlap');
    expect(redFlagList(['Poor customer reviews', 'One-way interest'])).toBe('Poor customer reviews; One-way interest');
  });

  it('ends the live summary with how many flags are checked', () => {
    expect(scorecardSummary('Band: Gold potential', 0)).toBe('Band: Gold potential. No red flags.');
    expect(scorecardSummary('Band: Gold potential', 1)).toBe('Band: Gold potential. 1 red flag to resolve.');
    expect(scorecardSummary('Band: Silver potential', 2)).toBe('Band: Silver potential. 2 red flags to resolve.');
  });
});

describe('unknownFlagsMessage', () => {
  it('quotes each unknown id, cut to 60 characters', () => {
    expect(unknownFlagsMessage(['bogus', `${'a'.repeat(60)}bcd`])).toBe(
      `The link named red flags this page does not know, so they were left out: “bogus”, “${'a'.repeat(60)}”.`,
    );
  });
});
