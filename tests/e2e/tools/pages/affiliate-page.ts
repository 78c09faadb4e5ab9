import { type Page } from '@playwright/test';
import { ModelCalculatorPage } from './model-calculator-page';

/** /tools/affiliate-economics/. */
export class AffiliatePage extends ModelCalculatorPage {
  constructor(page: Page) {
    super(page, '/tools/affiliate-economics/', 'pp-affiliate-economics');
  }
}
