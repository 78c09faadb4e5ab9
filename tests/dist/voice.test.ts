import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './checks';
import { searchFragments } from '../e2e/helpers/site';

/**
 * Partners read our terms, not notes about where they came from. The partner build's pages,
 * search index and llms files must not talk about seeds, upstream sources, presets or "this site";
 * those choices are explained once, on the team-only "Sources and decisions" page.
 */
const sourceTalk = /\b(seeds?|upstream|the sources|our sources|presets?|this site)\b/i;

function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');
}

function hits(text: string): string[] {
  return [...text.matchAll(new RegExp(`.{0,60}${sourceTalk.source}.{0,60}`, 'gi'))].map((m) => m[0]);
}

describe('the partner build speaks as the program, not about its sources', () => {
  it('no page mentions seeds, upstream, the sources, presets or this site', () => {
    const found = builtPages('dist-partner').flatMap((page) =>
      hits(visibleText(page.html)).map((hit) => `${page.url}: …${hit}…`),
    );
    expect(found).toEqual([]);
  });

  it('neither does the search index', () => {
    const found = searchFragments('dist-partner').flatMap((fragment) =>
      hits(`${fragment.title} ${fragment.content}`).map((hit) => `${fragment.url}: …${hit}…`),
    );
    expect(found).toEqual([]);
  });

  it('nor llms.txt, llms-full.txt or llms-small.txt', () => {
    const files = readdirSync('dist-partner').filter((name) => /^llms.*\.txt$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((name) =>
      hits(readFileSync(join('dist-partner', name), 'utf8')).map((hit) => `${name}: …${hit}…`),
    );
    expect(found).toEqual([]);
  });

  it('the check itself catches such a sentence', () => {
    expect(hits(visibleText('<p>Our sources give two versions of the Silver tier.</p>'))).toHaveLength(1);
    expect(hits(visibleText('<p>Silver needs $25,000 of revenue.</p>'))).toHaveLength(0);
  });
});
