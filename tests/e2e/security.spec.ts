import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts, sha256Source } from '../../src/build/security-headers';
import { builtHtml, drawAllDiagrams, projectRoot } from './helpers/site';

/** Records CSP violations reported by the browser, from before any page script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ...consoleErrors,
  ];
}

test('responses carry the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
});

test('every inline script of every page is allowed by its own policy and by the site header', () => {
  const header = readFileSync(join(projectRoot, 'dist/_headers'), 'utf8');
  for (const [file, html] of builtHtml('dist')) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, `${file} has no CSP meta tag`).toBeTruthy();
    for (const script of inlineScripts(html)) {
      const hash = sha256Source(script);
      expect(policy, `${file}: inline script not in its policy`).toContain(hash);
      expect(header, `${file}: inline script not in _headers`).toContain(hash);
    }
  }
});

test('diagrams draw and redraw under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await drawAllDiagrams(page);
  await expect(page.locator('.pp-diagram__canvas svg').first()).toBeVisible();
  await page.getByLabel('Select theme').selectOption('dark');
  await expect(page.locator('.pp-diagram__canvas[data-theme="dark"]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('header search and the search page work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/program/tiers-and-benefits/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('searchbox', { name: 'Search' }).fill('reseller');
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  await page.goto('/search/?q=commission&audience=partner');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the sidebar, theme and table of contents scripts run under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/partner-types/reseller/');
  await page.locator('header').getByLabel('Select theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await violations()).toEqual([]);
});
