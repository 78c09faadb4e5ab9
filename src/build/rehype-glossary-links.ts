/**
 * Links the first use of each defined term on a page to its definition, so every page explains
 * its jargon without a writer remembering to link it. Each set of terms names the page that
 * defines them: the glossary's are listed in src/lib/glossary-terms.ts, the program guide's in
 * src/lib/program-guide-terms.ts, and a defining page is left alone by its own set. Text inside
 * links, headings, code, diagrams and buttons is never linked.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import type { TermLinks } from '../lib/program-guide-terms';

const skipped = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'button',
  'script',
  'style',
  'svg',
  'summary',
  'label',
]);

interface Options {
  /** Earlier sets win when two terms start at the same place. */
  links: readonly TermLinks[];
}

interface Pending {
  pattern: RegExp;
  href: string;
}

export default function rehypeGlossaryLinks(options: Options) {
  return (tree: Root, file: VFile) => {
    const pending = new Set<Pending>(
      options.links
        .filter((set) => !(file.path && set.skipFile(file.path)))
        .flatMap((set) => set.terms.map((term) => ({ pattern: term.pattern, href: `${set.path}#${term.anchor}` }))),
    );
    if (pending.size === 0) return;

    /** The text node split around the earliest pending term, or null when none occurs in it. */
    const link = (node: Text): ElementContent[] | null => {
      let best: { term: Pending; index: number; length: number } | undefined;
      for (const term of pending) {
        const match = new RegExp(term.pattern.source, term.pattern.flags.replace('g', '')).exec(node.value);
        if (match && (!best || match.index < best.index)) best = { term, index: match.index, length: match[0].length };
      }
      if (!best) return null;
      pending.delete(best.term);
      const before = node.value.slice(0, best.index);
      const word = node.value.slice(best.index, best.index + best.length);
      const after: Text = { type: 'text', value: node.value.slice(best.index + best.length) };
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: best.term.href, className: ['pp-term'] },
        children: [{ type: 'text', value: word }],
      };
      return [
        ...(before ? [{ type: 'text', value: before } as Text] : []),
        anchor,
        ...(link(after) ?? (after.value ? [after] : [])),
      ];
    };

    const walk = (parent: Root | Element) => {
      parent.children = parent.children.flatMap((child: RootContent) => {
        if (pending.size === 0) return [child];
        if (child.type === 'text') return link(child) ?? [child];
        if (child.type === 'element' && !skipped.has(child.tagName)) walk(child);
        return [child];
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
