import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, page, validFrontmatter, type FixtureProject } from './fixture';

const fixtures: FixtureProject[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

function syncWith(file: string, source: string) {
  const fixture = makeFixture({ [file]: source });
  fixtures.push(fixture);
  return fixture.run('sync');
}

describe('page frontmatter', () => {
  it('a valid page passes', () => {
    const { status, output } = syncWith(
      'program/good.mdx',
      page(`${validFrontmatter}\npartnerTypes: [oem]\nstages: [scale]`),
    );
    expect(output).not.toMatch(/does not match collection schema/);
    expect(status).toBe(0);
  });

  it.each([
    [
      'an unknown partner type',
      'partner-types/bad.mdx',
      `${validFrontmatter}\npartnerTypes: [franchise]`,
      'partnerTypes',
    ],
    ['an unknown audience', 'hub/bad.mdx', 'audience: [customers]\nowner: X\nlastReviewed: 2026-11-20', 'audience'],
    ['an empty audience', 'hub/empty.mdx', 'audience: []\nowner: X\nlastReviewed: 2026-11-20', 'audience'],
    ['a missing owner', 'program/no-owner.mdx', 'audience: [team]\nlastReviewed: 2026-11-20', 'owner'],
    ['a missing review date', 'program/no-date.mdx', 'audience: [team]\nowner: X', 'lastReviewed'],
    [
      'a review date that is not a date',
      'program/bad-date.mdx',
      'audience: [team]\nowner: X\nlastReviewed: soon',
      'lastReviewed',
    ],
    ['an unknown review cadence', 'program/cadence.mdx', `${validFrontmatter}\nreviewEvery: weekly`, 'reviewEvery'],
    ['an unknown stage', 'lifecycle/bad.mdx', `${validFrontmatter}\nstages: [retire]`, 'stages'],
    ['an unknown asset', 'enablement/bad.mdx', `${validFrontmatter}\nassets: [swag]`, 'assets'],
    ['an unknown impact', 'program/impact.mdx', `${validFrontmatter}\nimpact: huge`, 'impact'],
  ])('%s fails the build, naming the file and the field', (_case, file, frontmatter, field) => {
    const { status, output } = syncWith(file, page(frontmatter));
    expect(status).not.toBe(0);
    expect(output).toContain(file.replace(/\.mdx$/, ''));
    expect(output).toMatch(new RegExp(`\\b${field}\\b`));
  });
});
