/**
 * In the partner build, a link to a team-only page would point at nothing (and tell the
 * partner the page exists). This plugin replaces such links with their plain text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** `/tools/x/#part` → `/tools/x/`; external and relative-to-file links give null. */
export function sitePathOf(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const path = href.split(/[?#]/)[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

export default function rehypeUnlinkUnpublished(options: { unpublished: ReadonlySet<string> }) {
  const shouldUnlink = (node: Element) => {
    if (node.tagName !== 'a') return false;
    const href = node.properties['href'];
    const path = typeof href === 'string' ? sitePathOf(href) : null;
    return path !== null && options.unpublished.has(path);
  };
  const walk = (parent: Root | Element) => {
    parent.children = parent.children.map((child) => {
      if (!isElement(child)) return child;
      walk(child);
      return shouldUnlink(child)
        ? { type: 'element', tagName: 'span', properties: {}, children: child.children }
        : child;
    }) as typeof parent.children;
  };
  return (tree: Root) => walk(tree);
}
