/**
 * `pp-portfolio-planner`: several partners sharing one co-marketing pool, with CSV export and
 * import. Rules: src/tools/co-marketing-budget/model.ts. Each row is a fieldset cloned from the
 * server-rendered `<template data-row-template>`; rows live in the address as repeated
 * `partner` parameters, each a CSV record "name,tier,pipeline,strategic".
 */
import {
  MAX_PARTNER_NAME_LENGTH,
  MAX_PORTFOLIO_ROWS,
  partnerBudget,
  pipelineRange,
  planPortfolio,
  portfolioCsvHeader,
  strategicRange,
  type PortfolioPartner,
} from './model';
import { toCsv } from '../../lib/csv';
import { parseCsv } from '../../lib/csv-parse';
import { parsePortfolioCsv } from './csv-model';
import { formatFormula, formatNumber, formatPercent, markdownTable } from '../../lib/format';
import { parseNumberInput } from '../../calculator/limits';
import { isTierOf, tierChoices, tierName } from '../../lib/tiers';
import { CalculatorElement } from '../../calculator/calculator-element';
import { downloadText } from '../../calculator/download';
import { setControlValue, setFieldError } from '../../calculator/fields';
import { clearOutput, showOutput } from '../../calculator/outputs';

const MAX_CSV_BYTES = 200_000;
const EXPORT_FILE_NAME = 'co-marketing-portfolio.csv';
const FORMULA_TERMS_LIMIT = 6;

interface RowText {
  name: string;
  tier: string;
  pipeline: string;
  strategic: string;
}

interface RowParts {
  row: HTMLElement;
  legend: HTMLLegendElement | null;
  name: HTMLInputElement;
  tier: HTMLSelectElement;
  pipeline: HTMLInputElement;
  strategic: HTMLInputElement;
  requested: HTMLOutputElement;
  allocated: HTMLOutputElement;
  remove: HTMLButtonElement | null;
}

export class PortfolioElement extends CalculatorElement {
  // Ids of rows added in the browser start far above the server-rendered ones.
  #nextId = 1000;
  #summary = '';

  override connectedCallback(): void {
    super.connectedCallback();
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      '[data-add-row], [data-remove-row], [data-export-csv], input[type="file"]',
    )) {
      control.disabled = false;
    }
    this.#renumber();
    this.addEventListener('click', this.#onClick);
    this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => {
      void this.#import(event.currentTarget as HTMLInputElement);
    });
  }

  #onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.hasAttribute('data-add-row')) this.#addRow();
    else if (button.hasAttribute('data-remove-row')) this.#removeRow(button);
    else if (button.hasAttribute('data-export-csv')) downloadText(this.toCsv(), EXPORT_FILE_NAME, 'text/csv');
  };

  // ---- Address state: `pool` is an ordinary field; rows are repeated `partner` records.

  protected override queryNames(): string[] {
    return [...super.queryNames(), 'partner'];
  }

  protected override restoreFromQuery(query: Map<string, string[]>): void {
    super.restoreFromQuery(query);
    const records = query.get('partner');
    if (!records) return;
    this.#setRows(
      records.slice(0, MAX_PORTFOLIO_ROWS).map((record) => {
        const parsed = parseCsv(record);
        const cells = parsed.ok ? (parsed.records[0]?.cells ?? []) : [record];
        return { name: cells[0] ?? '', tier: cells[1] ?? '', pipeline: cells[2] ?? '', strategic: cells[3] ?? '' };
      }),
    );
  }

  protected override queryState(): Record<string, string | string[]> {
    return {
      ...super.queryState(),
      partner: this.#rowParts().map((parts) =>
        toCsv([[parts.name.value, parts.tier.value, parts.pipeline.value, parts.strategic.value]], {
          formulaGuard: false,
        }).trimEnd(),
      ),
    };
  }

  // ---- Rows

  #rowParts(): RowParts[] {
    return [...this.querySelectorAll<HTMLElement>('[data-rows] > [data-row]')].map((row) => {
      const field = (name: string) => row.querySelector(`[data-field="${name}"]`)!;
      const output = (name: string) => row.querySelector<HTMLOutputElement>(`[data-row-output="${name}"]`)!;
      return {
        row,
        legend: row.querySelector('legend'),
        name: field('name') as HTMLInputElement,
        tier: field('tier') as HTMLSelectElement,
        pipeline: field('pipeline') as HTMLInputElement,
        strategic: field('strategic') as HTMLInputElement,
        requested: output('requested'),
        allocated: output('allocated'),
        remove: row.querySelector<HTMLButtonElement>('[data-remove-row]'),
      };
    });
  }

  #newRow(values: RowText): HTMLElement {
    const template = this.querySelector<HTMLTemplateElement>('template[data-row-template]');
    if (!template) throw new Error('pp-portfolio-planner: no row template');
    const row = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    const id = `pf-${this.#nextId++}`;
    // Give every control, its label and its error slot this row's own id.
    for (const control of row.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLOutputElement>(
      'input, select, output',
    )) {
      const key = control.id.replace(/^pf-0-/, '');
      const label = row.querySelector<HTMLLabelElement>(`label[for="${control.id}"]`);
      const error = row.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-error`);
      control.id = `${id}-${key}`;
      if (!(control instanceof HTMLOutputElement)) control.name = control.id;
      if (label) label.htmlFor = control.id;
      if (error) error.id = `${control.id}-error`;
    }
    for (const key of ['name', 'tier', 'pipeline', 'strategic'] as const) {
      const control = row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${key}"]`);
      if (control) setControlValue(control, values[key]);
    }
    return row;
  }

  #setRows(rows: readonly RowText[]): void {
    this.querySelector('[data-rows]')?.replaceChildren(...rows.map((values) => this.#newRow(values)));
    this.#renumber();
  }

  #renumber(): void {
    const rows = this.#rowParts();
    rows.forEach((parts, index) => {
      if (parts.legend) parts.legend.textContent = `Partner ${index + 1}`;
      if (parts.remove) parts.remove.textContent = `Remove partner ${index + 1}`;
    });
    const add = this.querySelector<HTMLButtonElement>('[data-add-row]');
    if (add) add.disabled = rows.length >= MAX_PORTFOLIO_ROWS;
  }

  #addRow(): void {
    const rows = this.#rowParts();
    if (rows.length >= MAX_PORTFOLIO_ROWS) return;
    const row = this.#newRow({ name: '', tier: 'silver', pipeline: '1', strategic: '1' });
    this.querySelector('[data-rows]')?.append(row);
    this.#renumber();
    this.refresh();
    row.querySelector<HTMLInputElement>('input[data-field="name"]')?.focus();
  }

  #removeRow(button: HTMLButtonElement): void {
    const rows = this.#rowParts();
    const index = rows.findIndex((parts) => parts.row.contains(button));
    const removed = rows[index];
    if (!removed) return;
    const label = removed.name.value.trim() || `partner ${index + 1}`;
    removed.row.remove();
    this.#renumber();
    this.refresh(false);
    const remaining = this.#rowParts();
    const focusTarget = remaining[index]?.name ?? remaining[index - 1]?.name;
    (focusTarget ?? this.querySelector<HTMLButtonElement>('[data-add-row]'))?.focus();
    this.#announce(`Removed ${label}. ${this.#summary}`);
  }

  // ---- CSV import

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const fail = (reason: string) =>
      this.#importMessage(`“${file.name}” was not imported: ${reason} The table is unchanged.`);
    if (file.size > MAX_CSV_BYTES) return fail(`it is larger than ${MAX_CSV_BYTES / 1000} KB.`);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('the file could not be read.');
    }
    const parsed = parsePortfolioCsv(text, this.defaults.tiers);
    if (!parsed.ok) return fail(parsed.message);
    this.#importMessage('');
    this.#setRows(
      parsed.partners.map((partner) => ({
        ...partner,
        pipeline: String(partner.pipeline),
        strategic: String(partner.strategic),
      })),
    );
    this.refresh(false);
    const count = parsed.partners.length;
    this.#announce(`Imported ${count} partner${count === 1 ? '' : 's'} from “${file.name}”. ${this.#summary}`);
  }

  #importMessage(text: string): void {
    const box = this.querySelector<HTMLElement>('[data-import-error]');
    if (box) box.textContent = text;
  }

  #announce(text: string): void {
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.textContent = text;
  }

  // ---- Calculation

  protected compute(): void {
    const pool = this.readNumber('pool', { min: 1 });
    const partners: PortfolioPartner[] = [];
    let invalidRows = 0;
    for (const parts of this.#rowParts()) {
      const partner = this.#readRow(parts);
      if (partner) {
        partners.push(partner);
        const requested =
          Math.round(partnerBudget({ base: this.settings.baseAllocations[partner.tier] ?? 0, ...partner }) * 100) / 100;
        showOutput(parts.requested, requested, this.money(requested));
      } else {
        invalidRows += 1;
        clearOutput(parts.requested);
      }
    }

    const rows = this.#rowParts();
    if (!pool.ok || invalidRows > 0) {
      for (const parts of rows) clearOutput(parts.allocated);
      for (const name of ['requested', 'scale', 'allocated']) this.clear(name);
      const problems = [
        !pool.ok && 'the pool',
        invalidRows > 0 && `${invalidRows} partner row${invalidRows > 1 ? 's' : ''}`,
      ]
        .filter(Boolean)
        .join(' and ');
      this.#summary = `No allocation yet: fix ${problems}.`;
      return;
    }

    const plan = planPortfolio(partners, pool.value, this.settings.baseAllocations);
    plan.rows.forEach((row, index) => {
      const parts = rows[index];
      if (parts) showOutput(parts.allocated, row.allocated, this.money(row.allocated));
    });
    const scaleText = formatNumber(plan.scale, 4);
    const requestedTerms = plan.rows.flatMap((row, index) => (index === 0 ? [row.requested] : ['+', row.requested]));
    this.show(
      'requested',
      plan.requested,
      this.money(plan.requested),
      plan.rows.length === 0
        ? 'no partners = 0'
        : plan.rows.length <= FORMULA_TERMS_LIMIT
          ? formatFormula(requestedTerms, plan.requested)
          : `sum of ${plan.rows.length} requests = ${formatNumber(plan.requested)}`,
    );
    this.show(
      'scale',
      plan.scale,
      `${scaleText} (${formatPercent(plan.scale * 100)})`,
      plan.scale < 1
        ? formatFormula([pool.value, '÷', plan.requested], scaleText)
        : `requests ${formatNumber(plan.requested)} ≤ pool ${formatNumber(pool.value)}, so 1`,
    );
    this.show(
      'allocated',
      plan.allocated,
      this.money(plan.allocated),
      `each request × ${scaleText}, in whole cents = ${formatNumber(plan.allocated)}`,
    );
    this.#summary =
      plan.scale < 1
        ? `Requests of ${this.money(plan.requested)} exceed the pool of ${this.money(pool.value)}: each partner gets ${formatPercent(plan.scale * 100)} of its request.`
        : `All requests (${this.money(plan.requested)}) fit in the pool of ${this.money(pool.value)}; ${this.money(pool.value - plan.allocated)} is left unallocated.`;
  }

  /** Validates one row, flagging each bad field; returns the partner or null. */
  #readRow(parts: RowParts): PortfolioPartner | null {
    const name = parts.name.value.trim();
    const nameOk = name.length <= MAX_PARTNER_NAME_LENGTH;
    setFieldError(parts.name, nameOk ? null : `Use at most ${MAX_PARTNER_NAME_LENGTH} characters.`);
    const tier = parts.tier.value;
    const tierOk = isTierOf(this.defaults.tiers, tier);
    setFieldError(parts.tier, tierOk ? null : tierChoices(this.defaults.tiers));
    const pipeline = parseNumberInput(parts.pipeline.value, pipelineRange);
    setFieldError(parts.pipeline, pipeline.ok ? null : pipeline.message);
    const strategic = parseNumberInput(parts.strategic.value, strategicRange);
    setFieldError(parts.strategic, strategic.ok ? null : strategic.message);
    if (!nameOk || !tierOk || !pipeline.ok || !strategic.ok) return null;
    return { name, tier, pipeline: pipeline.value, strategic: strategic.value };
  }

  protected override summary(): string {
    return this.#summary;
  }

  // ---- Copy and export

  #tableRows(): string[][] {
    return this.#rowParts().map((parts, index) => [
      parts.name.value.trim() || `Partner ${index + 1}`,
      tierName(this.defaults.tiers, parts.tier.value),
      parts.pipeline.value.trim(),
      parts.strategic.value.trim(),
      (parts.requested.textContent ?? '').trim(),
      (parts.allocated.textContent ?? '').trim(),
    ]);
  }

  protected override toMarkdown(): string {
    const totals = ['requested', 'scale', 'allocated'].map(
      (name) => `${this.labelOf(this.output(name))}: ${(this.output(name).textContent ?? '').trim()}`,
    );
    return [
      markdownTable(['Partner', 'Tier', 'Pipeline', 'Strategic', 'Requested', 'Allocated'], this.#tableRows()),
      '',
      `Pool: ${this.control('pool').value.trim()}. ${totals.join('. ')}.`,
    ].join('\n');
  }

  /** The export format: raw values, so the file imports back and sums in a spreadsheet. */
  protected override toCsv(): string {
    return toCsv([
      [...portfolioCsvHeader],
      ...this.#rowParts().map((parts) => [
        parts.name.value.trim(),
        parts.tier.value,
        parts.pipeline.value.trim(),
        parts.strategic.value.trim(),
        parts.requested.dataset['value'] ?? '',
        parts.allocated.dataset['value'] ?? '',
      ]),
    ]);
  }
}

if (!customElements.get('pp-portfolio-planner')) customElements.define('pp-portfolio-planner', PortfolioElement);
