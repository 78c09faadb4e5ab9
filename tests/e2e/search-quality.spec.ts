import { expect, test } from '@playwright/test';
import questions from './search-questions.json' with { type: 'json' };
import { searchRanking } from '../../src/lib/search-ranking';

/**
 * Realistic questions and the page that must be in the top three results. The list lives in
 * search-questions.json: add a question whenever a page is added or a search goes wrong.
 */
test('every question lands its page in the top three results', async ({ page }) => {
  await page.goto('/search/');
  const topThree = await page.evaluate(
    async ({ all, ranking }) => {
      const bundle: string = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      await pagefind.options({ ranking });
      await pagefind.init();
      const answers: Record<string, string[]> = {};
      for (const { question } of all) {
        const search = await pagefind.search(question);
        const data = await Promise.all(
          search.results.slice(0, 3).map((result: { data(): Promise<{ url: string }> }) => result.data()),
        );
        answers[question] = data.map((result) => result.url);
      }
      return answers;
    },
    { all: questions, ranking: searchRanking },
  );
  const misses = questions
    .filter(({ question, expect: path }) => !topThree[question]?.includes(path))
    .map(
      ({ question, expect: path }) =>
        `"${question}" → wanted ${path}, got ${topThree[question]?.join(', ') || 'nothing'}`,
    );
  expect(questions.length).toBeGreaterThanOrEqual(30);
  expect(misses, misses.join('\n')).toEqual([]);
});
