/**
 * Accessibility check shared by the browser tests: runs axe on the page as it is now and fails
 * with a readable list (rule, impact, first affected elements) when anything is found.
 *
 * Usage: `await expectNoAxeViolations(page);` — optionally scoped with `{ include: '.pp-calc' }`.
 * Every exclusion below carries its reason; add none without one.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Starlight's search button: its accessible name "Search" leaves out the keyboard hint "Ctrl K"
 * shown beside it, which label-content-name-mismatch reports. The name starts with the visible
 * word, so voice control ("click Search") still works, and the component is Starlight's own.
 */
const EXCLUDED = ['button[data-open-modal]'];

export async function expectNoAxeViolations(page: Page, options: { include?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).exclude(EXCLUDED);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n'),
  );
  expect(report, `axe found ${violations.length} violation(s)`).toEqual([]);
}
