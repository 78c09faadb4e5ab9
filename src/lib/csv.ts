/**
 * Comma-separated values as spreadsheets write them (RFC 4180: quoted fields, doubled quotes,
 * commas and line breaks inside quotes, CRLF or LF line ends). Used by "Copy as CSV" and by the
 * co-marketing portfolio planner's export and import.
 *
 * Public API
 * - `toCsv(rows, { formulaGuard = true })` — rows of cells to text, CRLF line ends. Cells that a
 *   spreadsheet would run as a formula (starting with = + - @ or a tab) get a leading apostrophe,
 *   so an exported name can never execute when the file is opened. Pass `formulaGuard: false`
 *   for text that no spreadsheet opens (a CSV record inside a URL parameter).
 * - `parseCsv(text)` → `{ ok: true, records }` where each record is `{ line, cells }` (`line` is
 *   the 1-based line the record starts on; blank lines are skipped), or
 *   `{ ok: false, line, message }` for an unterminated quote or stray text after a closing quote.
 */

export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string, formulaGuard: boolean): string {
  // Negative numbers are data, not formulas.
  const guarded = formulaGuard && FORMULA_START.test(value) && !/^-\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly string[])[], { formulaGuard = true } = {}): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, formulaGuard)).join(',')).join('\r\n') + '\r\n';
}

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  let index = 0;
  let quoted = false;
  let afterQuote = false;

  const endRecord = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cells[0] === '' && !afterQuote;
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };

  while (index < source.length) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      index += 1;
      continue;
    }
    if (char === '"') {
      if (cell !== '' || afterQuote) {
        return {
          ok: false,
          line,
          message: 'a quote mark appears inside an unquoted value; wrap the value in quotes and double the quote mark',
        };
      }
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      afterQuote = false;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      line += 1;
      recordLine = line;
    } else {
      if (afterQuote) {
        return { ok: false, line, message: 'text follows a closing quote mark; put a comma after the quoted value' };
      }
      cell += char;
    }
    index += 1;
  }
  if (quoted) return { ok: false, line: recordLine, message: 'a quoted value is never closed' };
  if (cell !== '' || cells.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
