/**
 * `pp-portfolio-planner`: several partners sharing one co-marketing pool, with CSV export and
 * import. Rules: model.ts and partner-model.ts; what each output says: view.ts; adding, removing and
 * renumbering rows: the kit's rows editor, cloning the server-rendered `<template data-row-template>`.
 * Rows live in the address as repeated `partner` parameters, each a CSV record
 * "name,tier,pipeline,strategic".
 *
 * What the page needs at once is only the calculation: the rows editor loads when rows first
 * change (an add or a remove, a link's rows, an imported file; see src/calculator/rows.ts), the
 * CSV reader (csv-model.ts) with a link's rows or a file, and the file download on "Download CSV".
 * Until a link's rows are in place the planner keeps them in the address and shows no new result.
 */
import { MAX_PORTFOLIO_ROWS, partnerFields, portfolioCsvHeader } from './model';
import { checkPartner, type PartnerText } from './partner-model';
import { partnerRowWords, portfolioView } from './view';
import { toCsv } from '../../lib/csv';
import { markdownTable } from '../../lib/format';
import { tierName } from '../../lib/tiers';
import { CalculatorElement } from '../../calculator/calculator-element';
import { setFieldError } from '../../calculator/fields';
import { clearOutput, showOutput } from '../../calculator/outputs';
import { deferRowsEditor, rowField, type Rows } from '../../calculator/rows';

const EXPORT_FILE_NAME = 'co-marketing-portfolio.csv';

const control = (row: Element, field: string) => rowField(row, field)!;
/** The CSV reader, loaded when a link's rows or a file need it. */
const csvModel = () => import('./csv-model');

export class PortfolioElement extends CalculatorElement {
  #summary = '';
  #rows: Rows | undefined;
  /** A link's `partner` records while the editor and the CSV reader load. */
  #pending: string[] | undefined;

  override connectedCallback(): void {
    // The rows are wired before the base class restores them from the address.
    this.#rows ??= deferRowsEditor(
      this,
      () =>
        import('../../calculator/rows-editor').then(({ rowsEditor }) =>
          rowsEditor(this, {
            prefix: 'pf',
            max: MAX_PORTFOLIO_ROWS,
            label: (row, index) => {
              const words = partnerRowWords(index);
              row.querySelector('legend')!.textContent = words.legend;
              row.querySelector('[data-remove-row]')!.textContent = words.remove;
            },
            changed: ({ added, row, index }) => {
              this.refresh(false);
              const full = this.#rows!.rows().length >= MAX_PORTFOLIO_ROWS ? ' The planner takes no more.' : '';
              const name = control(row, 'name').value.trim() || `partner ${index + 1}`;
              return `${added ? `Added partner ${index + 1}.${full}` : `Removed ${name}.`} ${this.#summary}`;
            },
          }),
        ),
      () => this.#loadFailed(),
    );
    super.connectedCallback();
    const exportButton = this.querySelector<HTMLButtonElement>('[data-export-csv]')!;
    const file = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    exportButton.disabled = file.disabled = false;
    exportButton.addEventListener('click', () => {
      import('../../calculator/download').then(
        ({ downloadText }) => downloadText(this.toCsv(), EXPORT_FILE_NAME, 'text/csv'),
        this.#loadFailed,
      );
    });
    file.addEventListener('change', () => void this.#import(file));
  }

  #loadFailed = (): void => this.#importMessage('Part of the planner could not load: reload the page to try again.');

  // ---- Address state: `pool` is an ordinary field; rows are repeated `partner` records.

  protected override queryNames(): string[] {
    return [...super.queryNames(), 'partner'];
  }

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    const records = query.get('partner');
    if (!records) return;
    this.#pending = records;
    // If the editor or the reader cannot load, the link's rows stay in the address.
    csvModel()
      .then(({ partnerRows }) => this.#rows!.set(partnerRows(records).slice(0, MAX_PORTFOLIO_ROWS)))
      .then((done) => {
        if (!done) return;
        this.#pending = undefined;
        this.refresh(false);
      }, this.#loadFailed);
  }

  protected override queryState(): Record<string, string | string[]> {
    return {
      ...super.queryState(),
      partner: this.#pending ?? this.#cells().map((cells) => toCsv([cells], { formulaGuard: false }).trimEnd()),
    };
  }

  /** Each row's fields as typed. */
  #texts(): PartnerText[] {
    return this.#rows!.rows().map(
      (row) => Object.fromEntries(partnerFields.map((field) => [field, control(row, field).value])) as PartnerText,
    );
  }

  /** Each row's fields as typed, in column order. */
  #cells(): string[][] {
    return this.#texts().map((text) => partnerFields.map((field) => text[field]));
  }

  // ---- CSV import

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const { tiers, multipliers } = this.defaults;
    try {
      const { importPortfolioFile } = await csvModel();
      const result = await importPortfolioFile(file, tiers, (text) => checkPartner(text, tiers, multipliers));
      this.#importMessage(result.ok ? '' : result.message);
      if (!result.ok || !(await this.#rows!.set(result.rows))) return;
      this.refresh(false);
      this.querySelector('[data-summary]')!.textContent = `${result.message} ${this.#summary}`;
    } catch {
      this.#loadFailed();
    }
  }

  #importMessage(text: string): void {
    this.querySelector('[data-import-error]')!.textContent = text;
  }

  // ---- Calculation

  protected compute(): void {
    // A link's rows are not in the table yet: its numbers would not be the link's.
    if (this.#pending) return;
    const { tiers, multipliers } = this.defaults;
    const rows = this.#rows!.rows();
    const pool = this.readNumber('pool', { min: 1 });
    const view = portfolioView(
      this.#texts().map((text, index) => {
        // Each bad field is flagged; a row with any is left out of the plan.
        const { partner, problems } = checkPartner(text, tiers, multipliers);
        for (const field of partnerFields) setFieldError(control(rows[index]!, field), problems[field] ?? null);
        return partner;
      }),
      pool.ok ? pool.value : null,
      this.settings.baseAllocations,
      (amount) => this.money(amount),
    );
    view.rows.forEach((outputs, index) => {
      rows[index]!.querySelectorAll('output').forEach((output, column) => {
        const { value, text } = column === 0 ? outputs.requested : outputs.allocated;
        if (value === null) clearOutput(output);
        else showOutput(output, value, text);
      });
    });
    this.render(view.outputs);
    this.#summary = view.summary;
  }

  protected override summary(): string {
    return this.#summary;
  }

  // ---- Copy and export

  /** One line per row: its fields as typed, then its requested and allocated (`data-value` or text). */
  #table(raw: boolean): string[][] {
    const rows = this.#rows!.rows();
    return this.#cells().map((cells, index) => [
      ...cells.map((cell) => cell.trim()),
      ...[...rows[index]!.querySelectorAll('output')].map((output) =>
        raw ? (output.dataset['value'] ?? '') : (output.textContent ?? '').trim(),
      ),
    ]);
  }

  protected override toMarkdown(): string {
    const rows = this.#table(false).map(([name, tier = '', ...rest], index) => [
      name || `Partner ${index + 1}`,
      tierName(this.defaults.tiers, tier),
      ...rest,
    ]);
    const totals = ['requested', 'scale', 'allocated']
      .map((name) => `${this.labelOf(this.output(name))}: ${(this.output(name).textContent ?? '').trim()}`)
      .join('. ');
    return [
      markdownTable(['Partner', 'Tier', 'Pipeline', 'Strategic', 'Requested', 'Allocated'], rows),
      '',
      `Pool: ${this.control('pool').value.trim()}. ${totals}.`,
    ].join('\n');
  }

  /** The export format: raw values, so the file imports back and sums in a spreadsheet. */
  protected override toCsv(): string {
    return toCsv([[...portfolioCsvHeader], ...this.#table(true)]);
  }
}

if (!customElements.get('pp-portfolio-planner')) customElements.define('pp-portfolio-planner', PortfolioElement);
