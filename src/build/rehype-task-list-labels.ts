/**
 * Markdown task lists (`- [ ] item`) render a disabled checkbox with no label, which screen
 * readers announce as an anonymous "checkbox". This names each one after its item's text.
 * (Interactive, saveable checklists use the Checklist component instead.)
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { textOf } from './hast-text';

function isCheckbox(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
}

function labelItem(item: Element): void {
  const checkbox =
    item.children.find(isCheckbox) ??
    item.children
      .find(
        (child): child is Element =>
          child.type === 'element' && child.tagName === 'p' && child.children.some(isCheckbox),
      )
      ?.children.find(isCheckbox);
  if (!checkbox || checkbox.properties['ariaLabel']) return;
  const label = item.children
    .filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')))
    .map(textOf)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (label) checkbox.properties['ariaLabel'] = label.length > 140 ? `${label.slice(0, 139)}…` : label;
}

export default function rehypeTaskListLabels() {
  const walk = (node: Root | Element) => {
    for (const child of node.children as (RootContent | ElementContent)[]) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'li') labelItem(child);
      walk(child);
    }
  };
  return (tree: Root) => walk(tree);
}
