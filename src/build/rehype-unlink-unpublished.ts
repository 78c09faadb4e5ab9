/**
 * In the partner build, a link to a team-only page would point at nothing (and tell the
 * partner the page exists). This plugin replaces such links with their plain text.
 *
 * A pointer whose only purpose was that link ("See OEM and white-label partners." or
 * "(see program architecture)") would then point at nothing too, so it is dropped: a "See …"
 * sentence or "(see …)" aside goes when it held links and every one of them was removed. Any
 * other sentence keeps the link text as plain words, which still reads naturally.
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

/** Where a pointer starts in a text node, and what text ends it. */
interface PointerStart {
  index: number;
  /** The pointer ends after the first match of this, found in a later text node. */
  end: RegExp;
}

/** "See" opening a sentence, or "(see" opening an aside, followed by the text up to the first link. */
function pointerStart(text: string): PointerStart | undefined {
  const sentence = /(^|[.!?]\s+)See\s[^.!?()]*$/.exec(text);
  if (sentence) return { index: sentence.index + (sentence[1]?.length ?? 0), end: /^[^.!?()]*[.!?]/ };
  const aside = /\s?\(see\s[^()]*$/.exec(text);
  if (aside) return { index: aside.index, end: /^[^()]*\)/ };
  return undefined;
}

export default function rehypeUnlinkUnpublished(options: { unpublished: ReadonlySet<string> }) {
  const unlinked = new WeakSet<Element>();
  const shouldUnlink = (node: Element) => {
    if (node.tagName !== 'a') return false;
    const href = node.properties['href'];
    const path = typeof href === 'string' ? sitePathOf(href) : null;
    return path !== null && options.unpublished.has(path);
  };
  const hasLiveLink = (node: ElementContent): boolean =>
    isElement(node) && (node.tagName === 'a' || node.children.some(hasLiveLink));
  const hasUnlinked = (node: ElementContent): boolean =>
    isElement(node) && (unlinked.has(node) || node.children.some(hasUnlinked));

  /**
   * "See X and the Y." where only X was removed becomes "See the Y.": each removed item goes with
   * the words that joined it to its neighbour, so the pointer lists only what can still be opened.
   */
  const dropDeadItems = (children: ElementContent[], first: number, last: number, pointer: string): boolean => {
    const prefix = /^\s?\(?[Ss]ee\s/.exec(pointer)?.[0] ?? '';
    let dropped = false;
    for (let index = first + 1; index < last;) {
      const item = children[index];
      if (!item || !isElement(item) || !unlinked.has(item)) {
        index += 1;
        continue;
      }
      const before = children[index - 1];
      const after = children[index + 1];
      if (index - 1 === first && before?.type === 'text') {
        before.value = before.value.slice(0, before.value.length - pointer.length) + prefix;
        // ", ", " and ", " and, for partners, " — whatever joined the removed first item to the next.
        if (after?.type === 'text') after.value = after.value.replace(/^\s*,?\s*(?:and\s*)?(?:,[^,.]*,\s*)?/, '');
      } else if (before?.type === 'text') {
        before.value = before.value.replace(/\s*,?\s*(?:and\s+)?(?:the\s+)?$/, '');
      }
      children.splice(index, 1);
      last -= 1;
      dropped = true;
    }
    return dropped;
  };

  /** Drops each pointer in `children` whose every link was unlinked; returns whether any was dropped. */
  const dropDeadPointers = (parent: Element): boolean => {
    let dropped = false;
    const children = parent.children;
    for (let first = 0; first < children.length; first += 1) {
      const opening = children[first];
      if (opening?.type !== 'text') continue;
      const start = pointerStart(opening.value);
      if (!start) continue;
      // The pointer runs on through links and joining words ("See X and the Y.") to its end.
      let last = first + 1;
      let endMatch: RegExpExecArray | null = null;
      for (; last < children.length; last += 1) {
        const node = children[last];
        if (node?.type !== 'text') continue;
        endMatch = start.end.exec(node.value);
        if (endMatch || /[.!?()]/.test(node.value)) break;
      }
      const closing = children[last];
      const between = children.slice(first + 1, last);
      if (!closing || closing.type !== 'text' || !endMatch) continue;
      if (between.length === 0 || !between.some(hasUnlinked)) continue;
      if (between.some(hasLiveLink)) {
        dropped = dropDeadItems(children, first, last, opening.value.slice(start.index)) || dropped;
        continue;
      }
      opening.value = opening.value.slice(0, start.index);
      closing.value = closing.value.slice(endMatch[0].length);
      // "Before. See X. After" keeps one space between the sentences either side.
      if (opening.value === '' || /\s$/.test(opening.value)) closing.value = closing.value.replace(/^\s+/, '');
      children.splice(first + 1, between.length);
      dropped = true;
    }
    return dropped;
  };

  const isBlank = (node: ElementContent) =>
    (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';

  const walk = (parent: Root | Element) => {
    parent.children = parent.children.map((child) => {
      if (!isElement(child)) return child;
      walk(child);
      if (!shouldUnlink(child)) return child;
      const span: Element = { type: 'element', tagName: 'span', properties: {}, children: child.children };
      unlinked.add(span);
      return span;
    }) as typeof parent.children;
    if (parent.type === 'element' && dropDeadPointers(parent)) {
      for (const child of [...parent.children].reverse()) {
        if (child.type !== 'text') break;
        child.value = child.value.trimEnd();
        if (child.value !== '') break;
      }
    }
    // A paragraph that was nothing but a pointer goes altogether.
    parent.children = parent.children.filter(
      (child) =>
        !(isElement(child) && child.tagName === 'p' && child.children.every(isBlank) && child.children.length > 0),
    ) as typeof parent.children;
  };
  return (tree: Root) => walk(tree);
}
