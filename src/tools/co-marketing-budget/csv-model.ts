/**
 * The portfolio planner's CSV (/tools/co-marketing-budget/): reading an imported file and the
 * `partner` records of a link. A module of its own, loaded only when a reader imports a file or
 * opens a link with partner rows, so the page does not carry a CSV reader it may never use. It
 * judges each row with the planner's own rule, handed in as `check` (`checkPartner` in
 * partner-model.ts), so a file and a typed row are judged alike.
 *
 * Public API: `parsePortfolioCsv(text, tiers, check)`, `importPortfolioFile(file, tiers, check)`,
 * `partnerRows(records)`, `MAX_CSV_BYTES`.
 */
import { parseCsv } from '../../lib/csv-parse';
import type { TierInfo } from '../../lib/tiers';
import { MAX_PARTNER_NAME_LENGTH, MAX_PORTFOLIO_ROWS, partnerFields, type PortfolioPartner } from './model';
import type { PartnerCheck, PartnerText } from './partner-model';

export const MAX_CSV_BYTES = 200_000;

export type PortfolioCsvResult =
  | { readonly ok: true; readonly partners: readonly PortfolioPartner[] }
  | { readonly ok: false; readonly message: string };

type Check = (text: PartnerText) => PartnerCheck;

const fields = (cells: readonly string[]): PartnerText =>
  Object.fromEntries(partnerFields.map((field, index) => [field, cells[index] ?? ''])) as PartnerText;

/** The rows of a link's `partner` records; a record that is not valid CSV stays whole in the name, to be fixed. */
export function partnerRows(records: readonly string[]): PartnerText[] {
  return records.map((record) => {
    const parsed = parseCsv(record);
    return fields(parsed.ok ? (parsed.records[0]?.cells ?? []) : [record]);
  });
}

/**
 * Reads a portfolio CSV: a header row naming at least name, tier, pipeline and strategic (any
 * order, any case; other columns such as requested and allocated are ignored), then one row per
 * partner; a tier is one of the program's tier ids (`tiers`, any case). The first problem found is
 * reported with its line number.
 */
export function parsePortfolioCsv(text: string, tiers: readonly TierInfo[], check: Check): PortfolioCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}: ${parsed.message}.` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: 'The file is empty: it needs a header row and one row per partner.' };

  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = partnerFields.filter((field) => !columns.includes(field));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Line ${header.line}: the header row must name the columns name, tier, pipeline and strategic; ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`,
    };
  }
  if (records.length === 0) return { ok: false, message: 'The file has a header row but no partners.' };
  if (records.length > MAX_PORTFOLIO_ROWS) {
    return {
      ok: false,
      message: `The file lists ${records.length} partners; the planner takes at most ${MAX_PORTFOLIO_ROWS}.`,
    };
  }

  const partners: PortfolioPartner[] = [];
  for (const record of records) {
    const at = `Line ${record.line}`;
    if (record.cells.length < columns.length) {
      return {
        ok: false,
        message: `${at}: expected ${columns.length} values separated by commas, found ${record.cells.length}.`,
      };
    }
    const cells = fields(partnerFields.map((field) => (record.cells[columns.indexOf(field)] ?? '').trim()));
    const { partner, problems } = check({ ...cells, tier: cells.tier.toLowerCase() });
    if (problems.name) {
      return { ok: false, message: `${at}: the partner name is longer than ${MAX_PARTNER_NAME_LENGTH} characters.` };
    }
    if (problems.tier) {
      return { ok: false, message: `${at}: tier must be one of ${tiers.map((t) => t.id).join(', ')}.` };
    }
    const [field, message] = Object.entries(problems)[0] ?? [];
    if (!partner) return { ok: false, message: `${at}: ${field}: ${message}` };
    partners.push(partner);
  }
  return { ok: true, partners };
}

/**
 * Reads an imported file: its rows, or the sentence saying why nothing was imported. The table
 * changes only when every line is valid.
 */
export async function importPortfolioFile(
  file: File,
  tiers: readonly TierInfo[],
  check: Check,
): Promise<{ ok: true; rows: PartnerText[]; message: string } | { ok: false; message: string }> {
  const fail = (reason: string) => ({
    ok: false as const,
    message: `“${file.name}” was not imported: ${reason} The table is unchanged.`,
  });
  if (file.size > MAX_CSV_BYTES) return fail(`it is larger than ${MAX_CSV_BYTES / 1000} KB.`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('the file could not be read.');
  }
  const parsed = parsePortfolioCsv(text, tiers, check);
  if (!parsed.ok) return fail(parsed.message);
  const count = parsed.partners.length;
  return {
    ok: true,
    rows: parsed.partners.map((partner) => ({
      ...partner,
      pipeline: String(partner.pipeline),
      strategic: String(partner.strategic),
    })),
    message: `Imported ${count} partner${count === 1 ? '' : 's'} from “${file.name}”.`,
  };
}
