import { type Locator, type Page } from '@playwright/test';
import { ModelCalculatorPage } from './model-calculator-page';

/** /tools/commission/: the model calculator, its brackets and chart, and the clawback calculator below it. */
export class CommissionPage extends ModelCalculatorPage {
  readonly clawback: ModelCalculatorPage;

  constructor(page: Page) {
    super(page, '/tools/commission/', 'pp-commission-calculator');
    this.clawback = new ModelCalculatorPage(page, '/tools/commission/', 'pp-clawback-calculator');
  }

  model(): Locator {
    return this.field('Commission model');
  }

  chart(): Locator {
    return this.root.getByRole('img', { name: 'Commission against annual volume' });
  }
}
