import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, page, validFrontmatter, type FixtureProject } from './fixture';

const fixtures: FixtureProject[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

function buildWith(file: string, source: string) {
  const fixture = makeFixture({ [file]: source });
  fixtures.push(fixture);
  return fixture.run('build');
}

describe('a broken page fails the build and names its file', () => {
  it('unclosed JSX in MDX', () => {
    const { status, output } = buildWith(
      'program/broken-mdx.mdx',
      page(validFrontmatter, 'Text <Card title="x"> never closed.'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('program/broken-mdx.mdx');
  });

  it('a mermaid diagram without an accessible title and description', () => {
    const { status, output } = buildWith(
      'program/untitled-diagram.mdx',
      page(validFrontmatter, '```mermaid\nflowchart LR\n  a --> b\n```'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('program/untitled-diagram.mdx');
    expect(output).toMatch(/Mermaid diagram needs title and description/);
  });

  it('while a well-formed page with a titled diagram builds', () => {
    const { status, output } = buildWith(
      'program/good-diagram.mdx',
      page(validFrontmatter, '```mermaid title="Loop" description="A goes to B."\nflowchart LR\n  a --> b\n```'),
    );
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
  });
});

describe('page governance', () => {
  it('the build log lists a page whose review is overdue, with its owner and due date', () => {
    const { status, output } = buildWith(
      'program/stale.mdx',
      page('audience: [team]\nowner: Channel team\nlastReviewed: 2024-03-01\nreviewEvery: quarterly'),
    );
    expect(status).toBe(0);
    expect(output).toMatch(
      /\[review due\] .*program\/stale\.mdx: owner Channel team, reviewed 2024-03-01, quarterly review was due 2024-06-01/,
    );
  });
});
