import { describe, expect, it } from 'vitest';
import { importPortfolioFile, parsePortfolioCsv, partnerRows } from './csv-model';
import { checkPartner, type PartnerText } from './partner-model';
import { MAX_PORTFOLIO_ROWS } from './model';
import { multipliers, partner, tiers } from './test-data';

const check = (ranges: typeof multipliers) => (text: PartnerText) => checkPartner(text, tiers, ranges);
/** Reads a CSV as the planner does: its tiers, its rule for a row. */
const read = (text: string, ranges = multipliers) => parsePortfolioCsv(text, tiers, check(ranges));

describe('checkPartner', () => {
  it('turns a valid row into a partner', () => {
    expect(
      checkPartner({ name: ' Acme ', tier: 'gold', pipeline: '1.5', strategic: '1.2' }, tiers, multipliers),
    ).toEqual({
      partner: partner('Acme', 'gold', 1.5, 1.2),
      problems: {},
    });
  });

  it('names every bad field, in column order, with the message its field shows', () => {
    const text = { name: 'x'.repeat(101), tier: 'diamond', pipeline: '2.5', strategic: 'high' };
    const result = checkPartner(text, tiers, multipliers);
    expect(result.partner).toBeNull();
    expect(result.problems).toEqual({
      name: 'Use at most 100 characters.',
      tier: 'Choose registered, silver, gold or platinum.',
      pipeline: 'Enter a number from 0.5 to 2.',
      strategic: 'Enter a number from 0.8 to 1.5, using digits only (such as 1,250.50).',
    });
    expect(Object.keys(result.problems)).toEqual(['name', 'tier', 'pipeline', 'strategic']);
  });

  it("judges the multipliers by the program's ranges", () => {
    const narrow = { pipeline: { min: 0.8, max: 1.25 }, strategic: { min: 1, max: 1.2 } };
    const text = { name: 'Acme', tier: 'gold', pipeline: '1.5', strategic: '1' };
    expect(checkPartner(text, tiers, multipliers).partner).toEqual(partner('Acme', 'gold', 1.5, 1));
    expect(checkPartner(text, tiers, narrow).problems).toEqual({ pipeline: 'Enter a number from 0.8 to 1.25.' });
  });
});

describe('partnerRows', () => {
  it("splits a link's records into fields, quotes and all, and keeps a broken record whole", () => {
    expect(partnerRows(['Acme,gold,1,1', '"Beta, Inc.",silver,1.5', '"Open,gold,1,1'])).toEqual([
      { name: 'Acme', tier: 'gold', pipeline: '1', strategic: '1' },
      { name: 'Beta, Inc.', tier: 'silver', pipeline: '1.5', strategic: '' },
      { name: '"Open,gold,1,1', tier: '', pipeline: '', strategic: '' },
    ]);
  });
});

describe('parsePortfolioCsv', () => {
  it('reads an exported file, ignoring the requested and allocated columns', () => {
    const text =
      'name,tier,pipeline,strategic,requested,allocated\r\n' +
      'Acme Analytics,gold,1.5,1.2,45000,33750\r\n' +
      '"Beacon, Consulting",Silver,1,1,5000,3750\r\n';
    expect(read(text)).toEqual({
      ok: true,
      partners: [partner('Acme Analytics', 'gold', 1.5, 1.2), partner('Beacon, Consulting', 'silver', 1, 1)],
    });
  });

  it('accepts the columns in any order and case', () => {
    expect(read('Strategic,Pipeline,Tier,Name\n1.2,1.5,gold,Acme\n')).toEqual({
      ok: true,
      partners: [partner('Acme', 'gold', 1.5, 1.2)],
    });
  });

  it.each([
    ['an empty file', '', 'The file is empty: it needs a header row and one row per partner.'],
    ['a header without partners', 'name,tier,pipeline,strategic\n', 'The file has a header row but no partners.'],
    [
      'a missing column',
      'name,tier,pipeline\nAcme,gold,1.5\n',
      'Line 1: the header row must name the columns name, tier, pipeline and strategic; strategic is missing.',
    ],
    [
      'an unknown tier',
      'name,tier,pipeline,strategic\nAcme,gold,1.5,1.2\nBeta,bronze,1,1\n',
      'Line 3: tier must be one of registered, silver, gold, platinum.',
    ],
    [
      'a pipeline out of range',
      'name,tier,pipeline,strategic\nAcme,gold,2.5,1.2\n',
      'Line 2: pipeline: Enter a number from 0.5 to 2.',
    ],
    [
      'a strategic value that is not a number',
      'name,tier,pipeline,strategic\n\nAcme,gold,1.5,high\n',
      'Line 3: strategic: Enter a number from 0.8 to 1.5, using digits only (such as 1,250.50).',
    ],
    [
      'a short row',
      'name,tier,pipeline,strategic\nAcme,gold\n',
      'Line 2: expected 4 values separated by commas, found 2.',
    ],
    ['an unclosed quote', 'name,tier,pipeline,strategic\n"Acme,gold,1,1\n', 'Line 2: a quoted value is never closed.'],
  ])('rejects %s and names the line', (_case, text, message) => {
    expect(read(text)).toEqual({ ok: false, message });
  });

  it("checks each multiplier against the program's range", () => {
    const narrow = { pipeline: { min: 0.8, max: 1.25 }, strategic: { min: 1, max: 1.2 } };
    const text = 'name,tier,pipeline,strategic\nAcme,gold,1.25,1\nBeta,gold,1.5,1\n';
    expect(read(text, narrow)).toEqual({
      ok: false,
      message: 'Line 3: pipeline: Enter a number from 0.8 to 1.25.',
    });
    expect(read(text)).toMatchObject({ ok: true });
    expect(read('name,tier,pipeline,strategic\nAcme,gold,1,0.9\n', narrow)).toEqual({
      ok: false,
      message: 'Line 2: strategic: Enter a number from 1 to 1.2.',
    });
  });

  it('rejects a partner name longer than the planner takes', () => {
    expect(read(`name,tier,pipeline,strategic\n${'x'.repeat(101)},gold,1,1\n`)).toEqual({
      ok: false,
      message: 'Line 2: the partner name is longer than 100 characters.',
    });
  });

  it('rejects more rows than the planner takes', () => {
    const rows = Array.from({ length: MAX_PORTFOLIO_ROWS + 1 }, (_, i) => `P${i},silver,1,1`).join('\n');
    const result = read(`name,tier,pipeline,strategic\n${rows}`);
    expect(result).toEqual({ ok: false, message: `The file lists 201 partners; the planner takes at most 200.` });
  });
});

describe('importPortfolioFile', () => {
  const importText = (text: string, name = 'partners.csv') =>
    importPortfolioFile(new File([text], name, { type: 'text/csv' }), tiers, check(multipliers));

  it('gives the rows to put in the table and the sentence to announce', async () => {
    const result = await importText('name,tier,pipeline,strategic\nDelta,Silver,2,1.50\n');
    expect(result).toEqual({
      ok: true,
      rows: [{ name: 'Delta', tier: 'silver', pipeline: '2', strategic: '1.5' }],
      message: 'Imported 1 partner from “partners.csv”.',
    });
  });

  it('says why nothing was imported, naming the file', async () => {
    const bad = await importText('name,tier,pipeline,strategic\nBeta,bronze,1,1\n');
    expect(bad).toEqual({
      ok: false,
      message:
        '“partners.csv” was not imported: Line 2: tier must be one of registered, silver, gold, platinum. The table is unchanged.',
    });
    const large = await importText('x'.repeat(200_001), 'big.csv');
    expect(large).toEqual({
      ok: false,
      message: '“big.csv” was not imported: it is larger than 200 KB. The table is unchanged.',
    });
  });
});
