import { expect, test } from '@playwright/test';
import questions from './search-questions.json' with { type: 'json' };

/**
 * Questions asked the way partners and the team ask them, each with the page that must be in the
 * top three. They are typed into the full search page, so they go through exactly what readers
 * use: stop words dropped, partial matches added, the shared ranking (src/scripts/search-engine.ts,
 * which the header search runs too). Add a question whenever a page is added or a search goes wrong.
 */
test('every question lands its page in the top three results', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const input = page.getByLabel('Search the playbook');
  const misses: string[] = [];
  for (const { question, expect: path } of questions) {
    await input.fill(question);
    await expect(page.getByRole('status')).toContainText(`“${question}”`);
    await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
    const topThree = await page
      .locator('[data-results] > li a.pp-result__title')
      .evaluateAll((links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).pathname));
    if (!topThree.includes(path))
      misses.push(`"${question}" → wanted ${path}, got ${topThree.join(', ') || 'nothing'}`);
  }
  expect(questions.length).toBeGreaterThanOrEqual(40);
  expect(misses, `${misses.length} of ${questions.length} missed:\n${misses.join('\n')}`).toEqual([]);
});
