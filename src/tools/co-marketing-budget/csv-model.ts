/**
 * Reading a portfolio CSV for the co-marketing portfolio planner (/tools/co-marketing-budget/).
 * A module of its own so the planner loads it only when the reader imports a file.
 */
import { parseCsv } from '../../lib/csv-parse';
import { parseNumberInput } from '../../calculator/limits';
import { isTierOf, type TierInfo } from '../../lib/tiers';
import {
  MAX_PARTNER_NAME_LENGTH,
  MAX_PORTFOLIO_ROWS,
  pipelineRange,
  strategicRange,
  type PortfolioPartner,
} from './model';

export type PortfolioCsvResult =
  | { readonly ok: true; readonly partners: readonly PortfolioPartner[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a portfolio CSV: a header row naming at least name, tier, pipeline and strategic (any
 * order, any case; other columns such as requested and allocated are ignored), then one row per
 * partner; a tier is one of the program's tier ids (`tiers`). The first problem found is reported
 * with its line number.
 */
export function parsePortfolioCsv(text: string, tiers: readonly TierInfo[]): PortfolioCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}: ${parsed.message}.` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: 'The file is empty: it needs a header row and one row per partner.' };

  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const position = { name: -1, tier: -1, pipeline: -1, strategic: -1 };
  for (const key of Object.keys(position) as (keyof typeof position)[]) {
    position[key] = columns.indexOf(key);
  }
  const missing = (Object.keys(position) as (keyof typeof position)[]).filter((key) => position[key] < 0);
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
    const cell = (index: number) => (record.cells[index] ?? '').trim();
    const at = `Line ${record.line}`;
    if (record.cells.length < columns.length) {
      return {
        ok: false,
        message: `${at}: expected ${columns.length} values separated by commas, found ${record.cells.length}.`,
      };
    }
    const name = cell(position.name);
    if (name.length > MAX_PARTNER_NAME_LENGTH) {
      return { ok: false, message: `${at}: the partner name is longer than ${MAX_PARTNER_NAME_LENGTH} characters.` };
    }
    const tier = cell(position.tier).toLowerCase();
    if (!isTierOf(tiers, tier)) {
      return { ok: false, message: `${at}: tier must be one of ${tiers.map((t) => t.id).join(', ')}.` };
    }
    const pipeline = parseNumberInput(cell(position.pipeline), pipelineRange);
    if (!pipeline.ok) return { ok: false, message: `${at}: pipeline: ${pipeline.message}` };
    const strategic = parseNumberInput(cell(position.strategic), strategicRange);
    if (!strategic.ok) return { ok: false, message: `${at}: strategic: ${strategic.message}` };
    partners.push({ name, tier, pipeline: pipeline.value, strategic: strategic.value });
  }
  return { ok: true, partners };
}
