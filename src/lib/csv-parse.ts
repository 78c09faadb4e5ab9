/**
 * Reads comma-separated values as spreadsheets write them (RFC 4180: quoted fields, doubled
 * quotes, commas and line breaks inside quotes, CRLF or LF line ends); writing is `toCsv` in csv.ts.
 * Used by the co-marketing portfolio planner's import.
 *
 * Public API
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
