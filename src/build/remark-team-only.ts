/**
 * In the partner build, removes every <TeamOnly>…</TeamOnly> block from the MDX tree before
 * anything else sees it, so its headings never reach the table of contents, its text never
 * reaches the search index or llms.txt, and links into it cannot exist. (The TeamOnly
 * component also renders nothing in the partner build; this plugin makes sure the Markdown
 * around it agrees.)
 */
import type { Root } from 'mdast';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
}

const isTeamOnly = (node: Node) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'TeamOnly';

export default function remarkTeamOnly(options: { strip: boolean }) {
  const prune = (node: Node) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => !isTeamOnly(child));
    node.children.forEach(prune);
  };
  return (tree: Root) => {
    if (options.strip) prune(tree as unknown as Node);
  };
}
