import { type Locator, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/** /tools/partner-scorecard/: score fields by label, red-flag checkboxes and the warnings beside the result. */
export class ScorecardPage extends CalculatorPage {
  constructor(page: Page) {
    super(page, '/tools/partner-scorecard/', 'pp-partner-scorecard');
  }

  flag(label: string): Locator {
    return this.root.getByRole('checkbox', { name: label });
  }

  warnings(): Locator {
    return this.root.getByRole('region', { name: 'Red-flag warnings' }).getByRole('listitem');
  }
}
