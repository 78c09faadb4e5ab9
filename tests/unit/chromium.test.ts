import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserPlan, findChromium, installCommand } from '../../scripts/chromium.mjs';

/**
 * `npm test` starts with scripts/chromium.mjs --install. This machine has Chromium and cannot
 * lose it, so the decision is tested from facts, and "none found" is simulated with the
 * test-only PLAYBOOK_CHROMIUM_CANDIDATES override.
 */
const none = { found: undefined, wantInstall: true, isRoot: true, isDebian: true, hasAptGet: true };

describe('browserPlan', () => {
  it.each([
    ['a Chromium is found', { ...none, found: '/usr/bin/chromium' }, 'ok'],
    ['root on Debian with apt-get, asked to install', none, 'install'],
    ['root on Debian, not asked to install', { ...none, wantInstall: false }, 'fail'],
    ['Debian but not root', { ...none, isRoot: false }, 'fail'],
    ['root but not Debian', { ...none, isDebian: false }, 'fail'],
    ['root on Debian without apt-get', { ...none, hasAptGet: false }, 'fail'],
  ])('%s → %s', (_name, facts, action) => {
    expect(browserPlan(facts).action).toBe(action);
  });

  it('tells a person who cannot install it the exact command to run', () => {
    const plan = browserPlan({ ...none, isRoot: false });
    expect(plan.action === 'fail' && plan.message).toContain(installCommand);
    expect(plan.action === 'fail' && plan.message).toContain('CHROMIUM_PATH=');
  });
});

describe('findChromium', () => {
  it('looks only at the test-only candidate list when one is given', async () => {
    expect(await findChromium({ PLAYBOOK_CHROMIUM_CANDIDATES: '/nowhere/chromium' })).toBeUndefined();
    expect(await findChromium({ PLAYBOOK_CHROMIUM_CANDIDATES: `/nowhere:${process.execPath}` })).toBe(process.execPath);
  });

  it('rejects a CHROMIUM_PATH that does not exist', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(/does not exist/);
  });
});

it('stops at once, before any slow step, when no Chromium can be found or installed', () => {
  const run = spawnSync(process.execPath, ['scripts/chromium.mjs'], {
    env: { ...process.env, PLAYBOOK_CHROMIUM_CANDIDATES: '/nowhere/chromium' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(installCommand);
});
