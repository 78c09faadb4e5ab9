import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeScrollableTables from '../../src/build/rehype-scrollable-tables';

const cell = (tagName: 'th' | 'td', text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
const row = (...cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
const table = (headers: string[]): Element => ({
  type: 'element',
  tagName: 'table',
  properties: {},
  children: [
    { type: 'element', tagName: 'thead', properties: {}, children: [row(...headers.map((text) => cell('th', text)))] },
    { type: 'element', tagName: 'tbody', properties: {}, children: [row(cell('td', 'Silver'), cell('td', '$10K'))] },
  ],
});

describe('rehypeScrollableTables', () => {
  it('wraps each table in a focusable region named after its headings', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'section', properties: {}, children: [table(['Tier', 'Criteria'])] }],
    };
    rehypeScrollableTables()(tree);
    const wrapper = (tree.children[0] as Element).children[0] as Element;
    expect(wrapper).toMatchObject({
      tagName: 'section',
      properties: { tabIndex: 0, ariaLabel: 'Table: Tier, Criteria' },
    });
    expect((wrapper.children[0] as Element).tagName).toBe('table');
  });

  it('adds the heading above the table and numbers repeats, so region names stay unique', () => {
    const heading: Element = {
      type: 'element',
      tagName: 'h2',
      properties: {},
      children: [{ type: 'text', value: 'Revenue metrics' }],
    };
    const tree: Root = { type: 'root', children: [heading, table(['Metric', 'Target']), table(['Metric', 'Target'])] };
    rehypeScrollableTables()(tree);
    const labels = tree.children.slice(1).map((node) => (node as Element).properties['ariaLabel']);
    expect(labels).toEqual(['Table: Metric, Target (Revenue metrics)', 'Table: Metric, Target (Revenue metrics) 2']);
  });

  it('gives a table without headings a generic name', () => {
    const tree: Root = { type: 'root', children: [table([])] };
    rehypeScrollableTables()(tree);
    expect((tree.children[0] as Element).properties['ariaLabel']).toBe('Table');
  });
});
