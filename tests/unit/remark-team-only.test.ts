import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkTeamOnly from '../../src/build/remark-team-only';

const tree = (): Root =>
  ({
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'For everyone' }] },
      {
        type: 'mdxJsxFlowElement',
        name: 'TeamOnly',
        attributes: [],
        children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Internal terms' }] }],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Shared ' },
          {
            type: 'mdxJsxTextElement',
            name: 'TeamOnly',
            attributes: [],
            children: [{ type: 'text', value: 'margin 40%' }],
          },
        ],
      },
      { type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children: [] },
    ],
  }) as unknown as Root;

describe('remarkTeamOnly', () => {
  it('removes TeamOnly blocks and inline spans in the partner build', () => {
    const root = tree();
    remarkTeamOnly({ strip: true })(root);
    const text = JSON.stringify(root);
    expect(text).not.toContain('Internal terms');
    expect(text).not.toContain('margin 40%');
    expect(text).toContain('For everyone');
    expect(text).toContain('Aside');
  });

  it('keeps everything in the team build', () => {
    const root = tree();
    remarkTeamOnly({ strip: false })(root);
    expect(JSON.stringify(root)).toContain('Internal terms');
  });
});
