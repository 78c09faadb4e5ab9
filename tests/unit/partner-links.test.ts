import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import rehypeUnlinkUnpublished, { sitePathOf } from '../../src/build/rehype-unlink-unpublished';
import { pathForFile } from '../../src/build/page-inventory';

describe('sitePathOf', () => {
  it.each([
    ['/tools/commission/', '/tools/commission/'],
    ['/tools/commission', '/tools/commission/'],
    ['/tools/commission/?model=referral#result', '/tools/commission/'],
    ['https://example.com/tools/', null],
    ['//cdn.example.com/x', null],
    ['#section', null],
    ['../other/', null],
  ])('%s → %s', (href, expected) => {
    expect(sitePathOf(href)).toBe(expected);
  });
});

describe('pathForFile', () => {
  it.each([
    ['index.mdx', '/'],
    ['tools/commission.mdx', '/tools/commission/'],
    ['hub/index.mdx', '/hub/'],
    ['Partner-Types/OEM.mdx', '/partner-types/oem/'],
  ])('%s → %s', (file, expected) => {
    expect(pathForFile(file)).toBe(expected);
  });
});

describe('rehypeUnlinkUnpublished', () => {
  it('replaces links to unpublished pages with their text and keeps every other link', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: '/tools/program-health/?total=1' },
              children: [{ type: 'text', value: 'health' }],
            },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: '/hub/getting-started/' },
              children: [{ type: 'text', value: 'start' }],
            },
          ],
        },
      ],
    };
    rehypeUnlinkUnpublished({ unpublished: new Set(['/tools/program-health/']) })(tree);
    const paragraph = tree.children[0] as any;
    expect(paragraph.children[0]).toMatchObject({ tagName: 'span', children: [{ value: 'health' }] });
    expect(paragraph.children[1]).toMatchObject({ tagName: 'a', properties: { href: '/hub/getting-started/' } });
  });
});

describe('rehypeUnlinkUnpublished wording', () => {
  type Part = string | ElementContent;
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const link = (href: string, label: string): ElementContent => ({
    type: 'element',
    tagName: 'a',
    properties: { href },
    children: [text(label)],
  });
  const paragraph = (...parts: Part[]): Element => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: parts.map((part) => (typeof part === 'string' ? text(part) : part)),
  });
  /** Runs the plugin with /team/ unpublished and returns each paragraph as text, links as [label](href). */
  const partnerBuild = (...paragraphs: Element[]): string[] => {
    const tree: Root = { type: 'root', children: paragraphs };
    rehypeUnlinkUnpublished({ unpublished: new Set(['/team/', '/other-team/']) })(tree);
    const show = (node: ElementContent): string =>
      node.type === 'text'
        ? node.value
        : node.type === 'element'
          ? node.tagName === 'a'
            ? `[${node.children.map(show).join('')}](${String(node.properties['href'])})`
            : node.children.map(show).join('')
          : '';
    return tree.children.map((node) => show(node as ElementContent));
  };
  const team = (label = 'OEM partners') => link('/team/', label);
  const shared = (label = 'deal registration') => link('/hub/', label);

  it.each<[string, Element, string]>([
    [
      'drops a "See" sentence whose only link was removed',
      paragraph('A reseller that embeds the product. ', 'See ', team(), '.'),
      'A reseller that embeds the product.',
    ],
    [
      'drops it mid-paragraph and keeps one space between its neighbours',
      paragraph('First point. See the ', team(), ' page. Second point.'),
      'First point. Second point.',
    ],
    [
      'drops a "See" sentence whose two links were both removed',
      paragraph('Rule. See ', team(), ' and the ', link('/other-team/#x', 'health tool'), '.'),
      'Rule.',
    ],
    [
      'drops a "(see …)" aside whose link was removed',
      paragraph('Score each partner (see ', team('architecture'), ') every quarter.'),
      'Score each partner every quarter.',
    ],
    [
      'keeps a "See" sentence that still has a live link, without the removed item',
      paragraph('Rule. See ', team(), ' and the ', shared(), '.'),
      'Rule. See the [deal registration](/hub/).',
    ],
    [
      'removes a last item with the words joining it',
      paragraph('Rule. See ', shared(), ' and the ', team(), '.'),
      'Rule. See [deal registration](/hub/).',
    ],
    [
      'removes an aside that joined a removed first item',
      paragraph('Rule. See ', team(), ' and, for partners, ', shared(), '.'),
      'Rule. See [deal registration](/hub/).',
    ],
    [
      'removes every removed item from a longer list',
      paragraph('See ', team('fees'), ', ', shared(), ' and the ', link('/other-team/', 'type'), '.'),
      'See [deal registration](/hub/).',
    ],
    [
      'keeps a "See" sentence whose link is published',
      paragraph('Rule. See ', shared(), '.'),
      'Rule. See [deal registration](/hub/).',
    ],
    [
      'keeps any other sentence, with the link text as plain words',
      paragraph('Read the ', team('OEM guide'), ' before signing. See ', shared(), '.'),
      'Read the OEM guide before signing. See [deal registration](/hub/).',
    ],
    [
      'does not mistake "See" inside a word or mid-sentence for a pointer',
      paragraph('Overseers see ', team('the margin'), ' first.'),
      'Overseers see the margin first.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(partnerBuild(input)).toEqual([expected]);
  });

  it('removes a paragraph that was nothing but the pointer', () => {
    expect(partnerBuild(paragraph('Kept.'), paragraph('See ', team(), '.'))).toEqual(['Kept.']);
  });
});
