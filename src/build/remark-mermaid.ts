/**
 * Turns ```mermaid fences into a figure the browser draws (see src/scripts/diagrams.ts).
 * The fence must carry a title and a description, which become the figure caption and the
 * SVG's accessible name and description: a diagram nobody can read without eyes is a bug,
 * so a fence without them fails the build and names the file and line.
 *
 *   ```mermaid title="Partner lifecycle" description="Five stages in a loop ..."
 *   flowchart LR
 *     A --> B
 *   ```
 */
import { fileURLToPath } from 'node:url';
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';

/** The component whose <script> draws diagrams; imported only into pages that have one. */
const loaderPath = fileURLToPath(new URL('../components/DiagramLoader.astro', import.meta.url));
const loaderName = 'PartnerPlaybookDiagramLoader';

/**
 * `import PartnerPlaybookDiagramLoader from "…/DiagramLoader.astro"` and `<PartnerPlaybookDiagramLoader />`
 * as MDX nodes, so Astro bundles the diagram script for this page alone.
 */
export function diagramLoaderNodes() {
  const esm = {
    type: 'mdxjsEsm',
    value: `import ${loaderName} from ${JSON.stringify(loaderPath)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: loaderName } }],
            source: { type: 'Literal', value: loaderPath, raw: JSON.stringify(loaderPath) },
          },
        ],
      },
    },
  };
  const element = { type: 'mdxJsxFlowElement', name: loaderName, attributes: [], children: [] };
  return { esm, element };
}

/** Reads `key="value"` pairs from a code fence's meta string. */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!meta) return attributes;
  for (const match of meta.matchAll(/([a-zA-Z][\w-]*)="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined) attributes[key] = value;
  }
  return attributes;
}

interface ParentNode {
  children: unknown[];
}

function isParent(node: unknown): node is ParentNode {
  return typeof node === 'object' && node !== null && Array.isArray((node as ParentNode).children);
}

function isMermaidFence(node: unknown): node is Code {
  return (
    typeof node === 'object' && node !== null && (node as Code).type === 'code' && (node as Code).lang === 'mermaid'
  );
}

/** Builds the mdast node whose `data.hName` makes remark-rehype emit the figure. */
export function diagramNode(source: string, title: string, description: string) {
  return {
    type: 'mermaidDiagram',
    data: {
      hName: 'figure',
      hProperties: { className: ['pp-diagram'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'pre',
          properties: {
            className: ['mermaid'],
            dataPagefindIgnore: 'all',
            dataTitle: title,
            dataDescription: description,
          },
          children: [{ type: 'text', value: source }],
        },
        {
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [
            { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: title }] },
            { type: 'text', value: ` ${description}` },
          ],
        },
      ],
    },
  };
}

export default function remarkMermaid() {
  return (tree: Root, file: VFile) => {
    let diagrams = 0;
    const visit = (node: unknown) => {
      if (!isParent(node)) return;
      node.children = node.children.map((child) => {
        if (!isMermaidFence(child)) {
          visit(child);
          return child;
        }
        const { title, description } = parseFenceMeta(child.meta);
        const missing = [title ? null : 'title', description ? null : 'description'].filter(Boolean);
        if (missing.length > 0 || !title || !description) {
          file.fail(
            `Mermaid diagram needs ${missing.join(' and ')}: write \`\`\`mermaid title="…" description="…"`,
            child,
            'partner-playbook:mermaid',
          );
        }
        if (child.value.trim() === '') {
          file.fail('Mermaid diagram is empty.', child, 'partner-playbook:mermaid');
        }
        diagrams += 1;
        return diagramNode(child.value, title, description);
      });
    };
    visit(tree);
    if (diagrams === 0) return;
    if (file.path && !file.path.endsWith('.mdx')) {
      file.fail(
        'Mermaid diagrams need an .mdx page (the diagram script is added as an MDX component).',
        undefined,
        'partner-playbook:mermaid',
      );
    }
    const { esm, element } = diagramLoaderNodes();
    (tree.children as unknown[]).unshift(esm);
    (tree.children as unknown[]).push(element);
  };
}
