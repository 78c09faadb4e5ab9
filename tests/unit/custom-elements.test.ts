/**
 * Every custom element of the site is defined in one place, its own module (or the component
 * that holds its class), behind `if (!customElements.get(name))`: a page may load a module twice
 * (two calculators, a view transition), and a second bare `define` throws.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../dist/checks';

const root = resolve(import.meta.dirname, '../..');
const sources = filesUnder(join(root, 'src'), /\.(ts|astro)$/).filter((file) => !file.endsWith('.test.ts'));

/** Each `customElements.define('name', …)` in code (not in a comment), with its file and what precedes it. */
const definitions = sources.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/customElements\.define\(\s*'([^']+)'/g)].flatMap((match) => {
    const before = text.slice(0, match.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (/^\s*(\*|\/\/)/.test(line)) return [];
    return [{ name: match[1]!, file: relative(root, file), before }];
  });
});

describe('custom elements', () => {
  it('are defined in the source, the search elements among them', () => {
    const names = definitions.map((definition) => definition.name);
    expect(names).toEqual(expect.arrayContaining(['pp-header-search', 'pp-search-page', 'pp-partner-scorecard']));
  });

  it('are each defined in one place', () => {
    const places = new Map<string, string[]>();
    for (const { name, file } of definitions) places.set(name, [...(places.get(name) ?? []), file]);
    const twice = [...places]
      .filter(([, files]) => files.length > 1)
      .map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('are each defined behind a customElements.get guard for the same name', () => {
    const unguarded = definitions
      .filter(({ name, before }) => !new RegExp(`if \\(!customElements\\.get\\('${name}'\\)\\)\\s*$`).test(before))
      .map(({ name, file }) => `${name} in ${file}`);
    expect(unguarded).toEqual([]);
  });
});
