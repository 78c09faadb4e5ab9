import { type Locator, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

export const BUDGET_PATH = '/tools/co-marketing-budget/';

/** The single-partner calculator on /tools/co-marketing-budget/. */
export class BudgetCalculatorPage extends CalculatorPage {
  constructor(page: Page) {
    super(page, BUDGET_PATH, 'pp-co-marketing-budget');
  }

  get tier(): Locator {
    return this.field('Partner tier');
  }
  get base(): Locator {
    return this.field(/^Base allocation/);
  }
  get pipeline(): Locator {
    return this.field('Pipeline potential');
  }
  get strategic(): Locator {
    return this.field('Strategic value');
  }
  get budget(): Locator {
    return this.output('Annual co-marketing budget');
  }
}

/** The portfolio planner on the same page. */
export class PortfolioPlannerPage extends CalculatorPage {
  readonly importError: Locator;

  constructor(page: Page) {
    super(page, BUDGET_PATH, 'pp-portfolio-planner');
    this.importError = this.root.getByRole('alert', { includeHidden: true });
  }

  get pool(): Locator {
    return this.field('Total co-marketing pool');
  }

  partner(n: number): Locator {
    return this.root.getByRole('group', { name: `Partner ${n}`, exact: true });
  }

  partners(): Locator {
    return this.root.getByRole('group', { name: /^Partner \d+$/ });
  }

  partnerField(n: number, label: 'Name' | 'Tier' | 'Pipeline' | 'Strategic'): Locator {
    return this.partner(n).getByLabel(label, { exact: true });
  }

  partnerOutput(n: number, label: 'Requested' | 'Allocated'): Locator {
    return this.partner(n).getByLabel(label, { exact: true });
  }

  async importCsv(name: string, text: string): Promise<void> {
    await this.root
      .getByLabel('Import partners from CSV')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  async tableText(): Promise<string[][]> {
    const rows: string[][] = [];
    for (const group of await this.partners().all()) {
      rows.push([
        await group.getByLabel('Name', { exact: true }).inputValue(),
        await group.getByLabel('Tier', { exact: true }).inputValue(),
        await group.getByLabel('Pipeline', { exact: true }).inputValue(),
        await group.getByLabel('Strategic', { exact: true }).inputValue(),
      ]);
    }
    return rows;
  }
}
