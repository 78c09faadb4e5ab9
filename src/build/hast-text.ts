/** The text a hast node shows, for naming things after their content (table regions, task checkboxes). */
import type { ElementContent } from 'hast';

export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
