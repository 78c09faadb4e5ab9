import { type Locator, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/** /tools/commission/: the model calculator, its brackets and chart, and the clawback calculator below it. */
export class CommissionPage extends CalculatorPage {
  readonly clawback: CalculatorPage;

  constructor(page: Page) {
    super(page, '/tools/commission/', 'pp-commission-calculator');
    this.clawback = new CalculatorPage(page, '/tools/commission/', 'pp-clawback-calculator');
  }

  model(): Locator {
    return this.field('Commission model');
  }

  chart(): Locator {
    return this.root.getByRole('img', { name: 'Commission against annual volume' });
  }
}
