import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { drawAllDiagrams, sitemapPaths } from './helpers/site';

/**
 * axe on every page of the team site (a superset of the partner site) in both themes.
 * Rules run: WCAG 2.0–2.2 A and AA plus axe's best practices, less the rules below.
 */
const disabledRules = [
  // Starlight's header search button shows "Search" and a "Ctrl K" hint; its name is "Search" and the
  // shortcut is exposed through aria-keyshortcuts. This experimental rule counts the hint as label text.
  'label-content-name-mismatch',
];
const themes = ['light', 'dark'] as const;

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const path of sitemapPaths('dist')) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Let diagrams draw, so their SVG is checked as readers get it.
        await drawAllDiagrams(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .disableRules(disabledRules)
          .analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 5)
              .join(' | ')}`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}
