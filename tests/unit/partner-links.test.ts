import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
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
