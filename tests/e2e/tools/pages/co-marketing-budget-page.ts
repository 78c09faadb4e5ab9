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

  /**
   * Each partner row's name, tier, pipeline and strategic, read in one step: rows replaced by an
   * import while they are read would otherwise leave a locator waiting for a row that is gone.
   * Each field is found through its visible label, as a reader finds it.
   */
  async tableText(): Promise<string[][]> {
    return this.partners().evaluateAll((groups) =>
      groups.map((group) =>
        ['Name', 'Tier', 'Pipeline', 'Strategic'].map((name) => {
          const label = [...group.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
          const control = label?.control as HTMLInputElement | HTMLSelectElement | null | undefined;
          return control && group.contains(control) ? control.value : `(no field labelled ${name})`;
        }),
      ),
    );
  }
}
