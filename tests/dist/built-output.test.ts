import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenReferences, invalidHtml, unhashedInlineScripts } from './checks';

const projectRoot = resolve(import.meta.dirname, '../..');

describe.each(['dist', 'dist-partner'])('%s', (build) => {
  const dir = join(projectRoot, build);

  it('has no broken internal link, anchor or asset', () => {
    const problems = brokenReferences(dir);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const problems = await invalidHtml(dir);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('allows every inline script by hash in each page policy and in _headers, and never unsafe-inline', () => {
    const problems = unhashedInlineScripts(dir);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
