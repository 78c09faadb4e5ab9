import { type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/** /tools/affiliate-economics/. */
export class AffiliatePage extends CalculatorPage {
  constructor(page: Page) {
    super(page, '/tools/affiliate-economics/', 'pp-affiliate-economics');
  }
}
