import { describe, expect, it } from 'vitest';
import { resolveRoles, roleSpellings, tierForRole } from './roles';

const ladder = (...ids: string[]) => ids.map((id) => ({ id }));
const four = ladder('registered', 'silver', 'gold', 'platinum');
const five = ladder('member', 'bronze', 'silver', 'gold', 'elite');
const three = ladder('basic', 'pro', 'premier');

describe('tierForRole', () => {
  it.each([
    ['four tiers', four, ['registered', 'silver', 'gold', 'platinum']],
    ['five tiers', five, ['member', 'bronze', 'silver', 'elite']],
    ['three tiers', three, ['basic', 'pro', 'pro', 'premier']],
    ['one tier', ladder('partner'), ['partner', 'partner', 'partner', 'partner']],
  ])('%s: entry, first, middle, top', (_case, tiers, expected) => {
    expect((['entry', 'first', 'middle', 'top'] as const).map((role) => tierForRole(tiers, role))).toEqual(expected);
  });
});

describe('resolveRoles', () => {
  it('replaces role segments with the tier id and leaves other paths alone', () => {
    expect(resolveRoles('tiers.@top.requires.revenue', four)).toBe('tiers.platinum.requires.revenue');
    expect(resolveRoles('mdf.allocation.@middle', five)).toBe('mdf.allocation.silver');
    expect(resolveRoles('commission.referral.gold', five)).toBe('commission.referral.gold');
  });

  it('names the bad role and the good ones', () => {
    expect(() => resolveRoles('tiers.@highest.name', four)).toThrow(
      '"tiers.@highest.name" names the tier role "@highest"; use @entry, @first, @middle, @top.',
    );
  });
});

describe('roleSpellings', () => {
  it('lists the path by id and by every role that stands for the id', () => {
    expect(roleSpellings('tiers.gold.requires.revenue', four)).toEqual([
      'tiers.gold.requires.revenue',
      'tiers.@middle.requires.revenue',
    ]);
    expect(roleSpellings('mdf.allocation.pro', three)).toEqual([
      'mdf.allocation.pro',
      'mdf.allocation.@first',
      'mdf.allocation.@middle',
    ]);
    expect(roleSpellings('dealRegistration.protectionDays', four)).toEqual(['dealRegistration.protectionDays']);
  });
});
