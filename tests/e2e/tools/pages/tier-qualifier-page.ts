import { type Locator, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/** /tools/tier-qualifier/ as a reader sees it. */
export class TierQualifierPage extends CalculatorPage {
  constructor(page: Page) {
    super(page, '/tools/tier-qualifier/', 'pp-tier-qualifier');
  }

  get preset(): Locator {
    return this.field('Tier rules');
  }
  get revenue(): Locator {
    return this.field('Partner revenue');
  }
  get referrals(): Locator {
    return this.field('Qualified referrals');
  }
  get certified(): Locator {
    return this.field('Certified people');
  }
  get signed(): Locator {
    return this.field('Partner agreement signed');
  }
  get progressBar(): Locator {
    return this.root.getByRole('progressbar');
  }
  get benefits(): Locator {
    return this.root.getByRole('list', { name: /unlocks|includes/ });
  }
}
