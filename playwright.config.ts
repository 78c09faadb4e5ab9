import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --install` first.');

// Override the ports (PLAYBOOK_TEST_PORT=5321 → 5321 and 5322) to run beside another copy of the suite.
const teamPort = Number(process.env['PLAYBOOK_TEST_PORT'] ?? 4321);
const partnerPort = teamPort + 1;
export const TEAM_URL = `http://127.0.0.1:${teamPort}`;
export const PARTNER_URL = `http://127.0.0.1:${partnerPort}`;

/**
 * Browser tests run against the built sites, never the dev server: `npm test` builds both first.
 * scripts/serve.mjs serves the team site on 4321 and the partner site on 4322 with the security
 * headers the build wrote, so every test runs under the production Content Security Policy.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // The machine has no network beyond package registries: keep Chromium from calling home.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'team', testIgnore: /partner-build\.spec\.ts/, use: { baseURL: TEAM_URL } },
    { name: 'partner', testMatch: /partner-build\.spec\.ts/, use: { baseURL: PARTNER_URL } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${teamPort}`,
      url: `${TEAM_URL}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs dist-partner ${partnerPort}`,
      url: `${PARTNER_URL}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
