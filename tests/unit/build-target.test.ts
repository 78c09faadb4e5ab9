import { describe, expect, it } from 'vitest';
import { buildTarget, isPublished } from '../../src/lib/build-target';

describe('buildTarget', () => {
  it.each([
    [{}, 'team'],
    [{ PLAYBOOK_BUILD: '' }, 'team'],
    [{ PLAYBOOK_BUILD: 'team' }, 'team'],
    [{ PLAYBOOK_BUILD: 'partner' }, 'partner'],
  ])('%o builds the %s site', (env, expected) => {
    expect(buildTarget(env)).toBe(expected);
  });

  it('refuses an unknown target instead of silently publishing everything', () => {
    expect(() => buildTarget({ PLAYBOOK_BUILD: 'partners' })).toThrow(/"team" or "partner".*"partners"/);
  });
});

describe('isPublished', () => {
  it.each([
    [['team'], 'team', true],
    [['team'], 'partner', false],
    [['partner'], 'partner', true],
    [['team', 'partner'], 'partner', true],
    [['partner'], 'team', true],
  ] as const)('audience %o in the %s build → %s', (audience, target, expected) => {
    expect(isPublished(audience, target)).toBe(expected);
  });
});
