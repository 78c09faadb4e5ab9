#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright. Playwright's own browser download cannot work where only
 * package registries are reachable, so the tests use a system Chromium instead.
 *
 * Order: $CHROMIUM_PATH, /usr/bin/chromium (Debian), /usr/bin/chromium-browser, Playwright's own
 * download if one happens to exist. Run as a script with --install to install Debian's `chromium`
 * package with apt-get when none is found and we are root on Debian; otherwise it prints exactly
 * what to run and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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
export async function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return systemCandidates.find((path) => existsSync(path)) ?? (await playwrightOwnChromium());
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

async function main() {
  const install = process.argv.includes('--install');
  let found = await findChromium();
  if (!found && install && isDebianRoot()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = await findChromium();
  }
  if (found) {
    console.log(`Chromium: ${found}`);
    return;
  }
  console.error(
    [
      'No Chromium was found for the browser tests. Do one of these, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Any system:     CHROMIUM_PATH=/path/to/chrome-or-chromium npm test',
      '  With internet:  npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
