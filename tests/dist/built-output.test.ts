import { readFileSync, readdirSync } from 'node:fs';
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

  it('caches only files named by their content for a year', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    const immutable = [...headers.matchAll(/^(\/\S*)\n {2}Cache-Control: [^\n]*immutable/gm)].map((match) => match[1]!);
    expect(immutable).toEqual(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']);
    // The icon has a fixed name: a day, so a new icon reaches readers the next day.
    expect(headers).toMatch(/^\/favicon\.svg\n {2}Cache-Control: public, max-age=86400$/m);
    // Pagefind names each file by its content's hash (en_<hash>.pf_index): a file that kept its
    // name across a content change would stay stale for a year.
    for (const folder of ['pagefind/index', 'pagefind/fragment', 'pagefind/filter']) {
      const unhashed = readdirSync(join(dir, folder)).filter((name) => !/^\w+_[0-9a-f]{7,}\.pf_\w+$/.test(name));
      expect(unhashed, folder).toEqual([]);
    }
  });
});
