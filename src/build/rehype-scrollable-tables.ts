/**
 * Wide tables scroll sideways on a phone. A scrolling box must be reachable by keyboard, so each
 * table is wrapped in a focusable, labelled region (named after its column headings) that scrolls
 * instead of the page.
 */
import type { Element, ElementContent, Root } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

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

export function tableLabel(table: Element): string {
  const headers = headerCells(table);
  if (headers.length === 0) return 'Table';
  const label = `Table: ${headers.join(', ')}`;
  return label.length > 120 ? `${label.slice(0, 119)}…` : label;
}

export default function rehypeScrollableTables() {
  const walk = (parent: Root | Element) => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'table') {
        return {
          type: 'element',
          // A labelled <section> is a region landmark, which lets a screen reader say what scrolled into focus.
          tagName: 'section',
          properties: { className: ['pp-table-scroll'], tabIndex: 0, ariaLabel: tableLabel(child) },
          children: [child],
        } satisfies Element;
      }
      walk(child);
      return child;
    }) as typeof parent.children;
  };
  return (tree: Root) => walk(tree);
}
