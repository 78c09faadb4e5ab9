import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import rehypeGlossaryLinks from './rehype-glossary-links';

const terms = [
  { anchor: 'mdf', pattern: /\bMDF\b/ },
  { anchor: 'clawback', pattern: /\bclawbacks?\b/i },
];
const el = (tagName: string, ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const txt = (value: string): ElementContent => ({ type: 'text', value });

const glossary = {
  terms,
  path: '/reference/glossary/',
  skipFile: (p: string) => p.endsWith('reference/glossary.mdx'),
};
const guide = {
  terms: [{ anchor: 'payment-timing', pattern: /\bpayment run\b/i }],
  path: '/program/program-guide/',
  skipFile: (p: string) => p.endsWith('program/program-guide.mdx'),
};

function run(tree: Root, path = '/site/content/docs/hub/page.mdx', links = [glossary]): Root {
  rehypeGlossaryLinks({ links })(tree, new VFile({ path }));
  return tree;
}

function html(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map((c) => html(c as ElementContent)).join('');
  if (node.type !== 'element') return '';
  const href = node.properties['href'] ? ` href="${String(node.properties['href'])}"` : '';
  return `<${node.tagName}${href}>${node.children.map(html).join('')}</${node.tagName}>`;
}

describe('rehypeGlossaryLinks', () => {
  it('links the first use of each term, and only the first', () => {
    const tree = run({
      type: 'root',
      children: [el('p', txt('Spend MDF before the clawback. More MDF later, and Clawbacks.'))],
    });
    expect(html(tree)).toBe(
      '<p>Spend <a href="/reference/glossary/#mdf">MDF</a> before the <a href="/reference/glossary/#clawback">clawback</a>. More MDF later, and Clawbacks.</p>',
    );
  });

  it('leaves headings, links and code alone and links the next plain use instead', () => {
    const tree = run({
      type: 'root',
      children: [
        el('h2', txt('MDF rules')),
        el('p', el('a', txt('MDF request')), txt(' and '), el('code', txt('MDF'))),
        el('p', txt('Your MDF.')),
      ],
    });
    expect(html(tree)).toBe(
      '<h2>MDF rules</h2><p><a>MDF request</a> and <code>MDF</code></p><p>Your <a href="/reference/glossary/#mdf">MDF</a>.</p>',
    );
  });

  it('does not link words that merely contain a term', () => {
    const tree = run({ type: 'root', children: [el('p', txt('MDFS and SMDF are not terms.'))] });
    expect(html(tree)).toBe('<p>MDFS and SMDF are not terms.</p>');
  });

  it('leaves the glossary page itself alone', () => {
    const tree = run(
      { type: 'root', children: [el('p', txt('MDF is market development funds.'))] },
      '/site/content/docs/reference/glossary.mdx',
    );
    expect(html(tree)).toBe('<p>MDF is market development funds.</p>');
  });

  it('links each set of terms to its own page, and leaves each defining page to the other sets', () => {
    const text = () => ({ type: 'root', children: [el('p', txt('MDF is paid in the next payment run.'))] }) as Root;
    expect(html(run(text(), undefined, [guide, glossary]))).toBe(
      '<p><a href="/reference/glossary/#mdf">MDF</a> is paid in the next <a href="/program/program-guide/#payment-timing">payment run</a>.</p>',
    );
    expect(html(run(text(), '/site/content/docs/program/program-guide.mdx', [guide, glossary]))).toBe(
      '<p><a href="/reference/glossary/#mdf">MDF</a> is paid in the next payment run.</p>',
    );
    expect(html(run(text(), '/site/content/docs/reference/glossary.mdx', [guide, glossary]))).toBe(
      '<p>MDF is paid in the next <a href="/program/program-guide/#payment-timing">payment run</a>.</p>',
    );
  });
});
