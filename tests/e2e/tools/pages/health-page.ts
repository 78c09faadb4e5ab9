import { type Locator, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/** /tools/program-health/: figures by label, and the scorecard table read row by row. */
export class HealthPage extends CalculatorPage {
  constructor(page: Page) {
    super(page, '/tools/program-health/', 'pp-program-health');
  }

  row(metric: string): Locator {
    return this.root.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: metric, exact: true }) });
  }

  headline(): Locator {
    return this.root.locator('[data-headline]');
  }
}
