import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../src/lib/csv';
import { parseCsv } from '../../src/lib/csv-parse';

describe('toCsv', () => {
  it.each([
    ['plain cells', [['name', 'tier']], 'name,tier\r\n'],
    ['a comma inside a cell', [['Acme, Inc.', 'gold']], '"Acme, Inc.",gold\r\n'],
    ['a quote inside a cell', [['The "Best" Co', 'gold']], '"The ""Best"" Co",gold\r\n'],
    ['a formula-looking name', [['=HYPERLINK("x")', 'gold']], `"'=HYPERLINK(""x"")",gold\r\n`],
    ['a plus sign', [['+1 Partners', 'gold']], "'+1 Partners,gold\r\n"],
    ['a negative number stays a number', [['-5', 'x']], '-5,x\r\n'],
  ])('%s', (_case, rows, text) => {
    expect(toCsv(rows)).toBe(text);
  });

  it('leaves formula-looking cells alone when the guard is off', () => {
    expect(toCsv([['=SUM(A1)', 'x,y']], { formulaGuard: false })).toBe('=SUM(A1),"x,y"\r\n');
  });
});

describe('parseCsv', () => {
  it('reads records with the line each starts on, skipping blank lines', () => {
    expect(parseCsv('name,tier\n\nAcme,gold\r\nBeta,silver')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['name', 'tier'] },
        { line: 3, cells: ['Acme', 'gold'] },
        { line: 4, cells: ['Beta', 'silver'] },
      ],
    });
  });

  it('keeps commas, doubled quotes and line breaks inside quoted values', () => {
    expect(parseCsv('"Acme, Inc.","say ""hi""","two\nlines"\nnext,row')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['Acme, Inc.', 'say "hi"', 'two\nlines'] },
        { line: 3, cells: ['next', 'row'] },
      ],
    });
  });

  it('drops a byte-order mark and keeps empty cells', () => {
    expect(parseCsv('\uFEFFa,,c\n')).toEqual({ ok: true, records: [{ line: 1, cells: ['a', '', 'c'] }] });
  });

  it.each([
    ['an unterminated quote', 'a,b\n"open,c\n', 2, 'a quoted value is never closed'],
    [
      'text after a closing quote',
      'a,b\nc,"d"e\n',
      2,
      'text follows a closing quote mark; put a comma after the quoted value',
    ],
    [
      'a stray quote',
      'a,b\nc,d"e\n',
      2,
      'a quote mark appears inside an unquoted value; wrap the value in quotes and double the quote mark',
    ],
  ])('reports %s with its line', (_case, text, line, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, message });
  });

  it('reads back whatever toCsv writes (apart from the formula guard)', () => {
    const safeCell = fc.string({ maxLength: 12 }).filter((cell) => !/^[=+\-@\t\r]/.test(cell));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeCell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed.ok).toBe(true);
          const nonBlank = rows.filter((row) => !(row.length === 1 && row[0] === ''));
          expect(parsed.ok && parsed.records.map((record) => record.cells)).toEqual(nonBlank);
        },
      ),
    );
  });
});
