#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright. Playwright's own browser download cannot work where only
 * package registries are reachable, so the tests use a system Chromium instead.
 *
 * Order: $CHROMIUM_PATH, /usr/bin/chromium (Debian), /usr/bin/chromium-browser, Playwright's own
 * download if one happens to exist. `npm test` runs this first with --install, so a fresh machine
 * learns at once, not after minutes of lint and builds, whether the browser tests can run:
 * as root on Debian it installs Debian's `chromium` package with apt-get; elsewhere it prints
 * exactly what to run and exits 1.
 *
 * Test-only: PLAYBOOK_CHROMIUM_CANDIDATES (paths joined with ":") replaces the candidate list and
 * skips Playwright's own browser, so a machine that has Chromium can still try the "none found"
 * path (`PLAYBOOK_CHROMIUM_CANDIDATES=/nowhere node scripts/chromium.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const installCommand = 'sudo apt-get install -y chromium';

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string | undefined>} */
export async function findChromium(env = process.env) {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const override = env['PLAYBOOK_CHROMIUM_CANDIDATES'];
  if (override !== undefined) return override.split(':').find((path) => path && existsSync(path));
  return systemCandidates.find((path) => existsSync(path)) ?? (await playwrightOwnChromium());
}

/**
 * @typedef {{ found: string | undefined, wantInstall: boolean, isRoot: boolean, isDebian: boolean, hasAptGet: boolean }} BrowserFacts
 * @typedef {{ action: 'ok', path: string } | { action: 'install' } | { action: 'fail', message: string }} BrowserPlan
 */

/**
 * What to do about the browser, decided from facts alone so it can be unit-tested on a machine
 * that has Chromium: use the one found, install Debian's package (only as root with apt-get, and
 * only when asked), or stop with the commands a person can run.
 * @param {BrowserFacts} facts
 * @returns {BrowserPlan}
 */
export function browserPlan({ found, wantInstall, isRoot, isDebian, hasAptGet }) {
  if (found) return { action: 'ok', path: found };
  if (wantInstall && isRoot && isDebian && hasAptGet) return { action: 'install' };
  const debianLine =
    isDebian && !isRoot
      ? `  This machine (Debian, not root): ${installCommand}`
      : `  Debian/Ubuntu:  ${installCommand}`;
  return {
    action: 'fail',
    message: [
      'No Chromium was found for the browser tests. Do one of these, then run `npm test` again:',
      debianLine,
      '  Any system:     CHROMIUM_PATH=/path/to/chrome-or-chromium npm test',
      '  With internet:  npx playwright install chromium',
    ].join('\n'),
  };
}

function facts(found, wantInstall) {
  return {
    found,
    wantInstall,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version'),
    hasAptGet: existsSync('/usr/bin/apt-get'),
  };
}

async function main() {
  const wantInstall = process.argv.includes('--install');
  let plan = browserPlan(facts(await findChromium(), wantInstall));
  if (plan.action === 'install') {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    // Never install twice: whatever apt-get left behind is the answer.
    plan = browserPlan({ ...facts(await findChromium(), false) });
  }
  if (plan.action === 'ok') {
    console.log(`Chromium: ${plan.path}`);
    return;
  }
  if (plan.action === 'fail') console.error(plan.message);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
