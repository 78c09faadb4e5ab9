/**
 * Wide tables scroll sideways on a phone. A scrolling box must be reachable by keyboard, so each
 * table is wrapped in a focusable, labelled region (named after its column headings) that scrolls
 * instead of the page.
 */
import type { Element, Root } from 'hast';
import { textOf } from './hast-text';

function headerCells(table: Element): string[] {
  const cells: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'th') cells.push(textOf(child).trim());
      else if (child.tagName !== 'tbody') walk(child);
    }
  };
  walk(table);
  return cells.filter(Boolean);
}

export function tableLabel(table: Element, section?: string): string {
  const headers = headerCells(table);
  const base = headers.length === 0 ? 'Table' : `Table: ${headers.join(', ')}`;
  const label = section ? `${base} (${section})` : base;
  return label.length > 140 ? `${label.slice(0, 139)}…` : label;
}

const headingTags = new Set(['h2', 'h3', 'h4']);

export default function rehypeScrollableTables() {
  return (tree: Root) => {
    let section: string | undefined;
    const used = new Map<string, number>();
    // Region landmarks need distinct names: a table is named after its columns and the heading above it,
    // and a repeat on the same page gets a number.
    const uniqueLabel = (label: string) => {
      const count = (used.get(label) ?? 0) + 1;
      used.set(label, count);
      return count === 1 ? label : `${label} ${count}`;
    };
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (headingTags.has(child.tagName)) section = textOf(child).trim() || section;
        if (child.tagName === 'table') {
          return {
            type: 'element',
            // A labelled <section> is a region landmark, which lets a screen reader say what scrolled into focus.
            tagName: 'section',
            properties: {
              className: ['pp-table-scroll'],
              tabIndex: 0,
              ariaLabel: uniqueLabel(tableLabel(child, section)),
            },
            children: [child],
          } satisfies Element;
        }
        walk(child);
        return child;
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
