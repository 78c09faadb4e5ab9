import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkMermaid, { parseFenceMeta } from '../../src/build/remark-mermaid';

const fence = (meta: string | null, value = 'flowchart LR\n  a --> b'): Root => ({
  type: 'root',
  children: [
    { type: 'paragraph', children: [{ type: 'text', value: 'before' }] },
    {
      type: 'code',
      lang: 'mermaid',
      meta,
      value,
      position: { start: { line: 3, column: 1 }, end: { line: 6, column: 4 } },
    },
    { type: 'code', lang: 'ts', meta: null, value: 'const a = 1;' },
  ],
});

describe('parseFenceMeta', () => {
  it.each([
    [null, {}],
    ['', {}],
    ['title="Lifecycle"', { title: 'Lifecycle' }],
    ['title="A, B: C" description="Five stages → a loop"', { title: 'A, B: C', description: 'Five stages → a loop' }],
    ['title=unquoted', {}],
  ])('%s', (meta, expected) => {
    expect(parseFenceMeta(meta)).toEqual(expected);
  });
});

describe('remarkMermaid', () => {
  it('turns a mermaid fence into a captioned figure outside the search index, leaving other code alone', () => {
    const tree = fence('title="Loop" description="Two steps"');
    remarkMermaid()(tree, new VFile({ path: 'content/docs/x.mdx' }));
    const [esm, , diagram, code, loader] = tree.children as unknown as [
      any,
      unknown,
      { type: string; data: any },
      { type: string },
      any,
    ];
    expect(diagram.type).toBe('mermaidDiagram');
    expect(diagram.data.hName).toBe('figure');
    const [pre, caption] = diagram.data.hChildren;
    expect(pre.tagName).toBe('pre');
    expect(pre.properties.dataPagefindIgnore).toBe('all');
    expect(pre.properties.dataTitle).toBe('Loop');
    expect(pre.children[0].value).toBe('flowchart LR\n  a --> b');
    expect(caption.tagName).toBe('figcaption');
    expect(code.type).toBe('code');
    // The page imports the diagram loader component and renders it once, so only pages with diagrams ship its script.
    expect(esm.type).toBe('mdxjsEsm');
    expect(esm.data.estree.body[0].source.value).toMatch(/components\/DiagramLoader\.astro$/);
    expect(loader).toMatchObject({ type: 'mdxJsxFlowElement', name: esm.data.estree.body[0].specifiers[0].local.name });
  });

  it('adds nothing to a page without diagrams', () => {
    const tree: Root = { type: 'root', children: [{ type: 'code', lang: 'ts', meta: null, value: 'x' }] };
    remarkMermaid()(tree, new VFile({ path: 'content/docs/y.mdx' }));
    expect(tree.children).toHaveLength(1);
  });

  it('refuses a diagram in a plain Markdown page, which cannot carry the loader', () => {
    expect(() => remarkMermaid()(fence('title="a" description="b"'), new VFile({ path: 'content/docs/z.md' }))).toThrow(
      /\.mdx/,
    );
  });

  it.each([
    [null, /needs title and description/],
    ['title="Loop"', /needs description/],
    ['description="Two steps"', /needs title/],
  ])('fails the build naming the file and line when meta is %s', (meta, message) => {
    const file = new VFile({ path: 'content/docs/broken.mdx' });
    expect(() => remarkMermaid()(fence(meta), file)).toThrow(message);
    expect(file.messages[0]?.file).toBe('content/docs/broken.mdx');
    expect(file.messages[0]?.line).toBe(3);
  });

  it('fails on an empty diagram', () => {
    expect(() => remarkMermaid()(fence('title="a" description="b"', '  \n'), new VFile())).toThrow(/empty/);
  });
});
