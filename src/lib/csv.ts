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
 * - Reading CSV is `parseCsv` in csv-parse.ts: a module of its own, so the pages that only write
 *   CSV ("Copy as CSV" on every calculator) do not download the reader.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string, formulaGuard: boolean): string {
  // Negative numbers are data, not formulas.
  const guarded = formulaGuard && FORMULA_START.test(value) && !/^-\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly string[])[], { formulaGuard = true } = {}): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, formulaGuard)).join(',')).join('\r\n') + '\r\n';
}
