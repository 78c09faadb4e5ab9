import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeTaskListLabels from '../../src/build/rehype-task-list-labels';

const checkbox = (): Element => ({
  type: 'element',
  tagName: 'input',
  properties: { type: 'checkbox', disabled: true },
  children: [],
});
const item = (...children: Element['children']): Element => ({
  type: 'element',
  tagName: 'li',
  properties: {},
  children,
});

describe('rehypeTaskListLabels', () => {
  it('names a task checkbox after its item text, ignoring nested lists', () => {
    const box = checkbox();
    const nested = item({ type: 'text', value: 'child' });
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'ul',
          properties: {},
          children: [
            item(
              box,
              { type: 'text', value: ' Partner agreement ' },
              { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'signed' }] },
              { type: 'element', tagName: 'ul', properties: {}, children: [nested] },
            ),
          ],
        },
      ],
    };
    rehypeTaskListLabels()(tree);
    expect(box.properties['ariaLabel']).toBe('Partner agreement signed');
  });

  it('finds the checkbox inside a paragraph (loose lists) and leaves plain items alone', () => {
    const box = checkbox();
    const plain = item({ type: 'text', value: 'no checkbox' });
    const tree: Root = {
      type: 'root',
      children: [
        item({
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [box, { type: 'text', value: ' First deal registered' }],
        }),
        plain,
      ],
    };
    rehypeTaskListLabels()(tree);
    expect(box.properties['ariaLabel']).toBe('First deal registered');
    expect(plain.children).toHaveLength(1);
  });
});
