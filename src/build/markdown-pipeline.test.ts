import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { hastPlugin, mdastPlugin, type Transform } from './markdown-pipeline';
import remarkTeamOnly from './remark-team-only';
import rehypeScrollableTables from './rehype-scrollable-tables';

const source = `Open to all.

<TeamOnly>Internal margin notes</TeamOnly>

| Tier | Margin |
| --- | --- |
| Gold | 30% |
`;

async function compile(mdast: Transform<MdastRoot>[], hast: Transform<HastRoot>[]) {
  const result = await mdxToJs(source, {
    fileURL: new URL('file:///site/content/docs/page.mdx'),
    mdastPlugins: [mdastPlugin('test:mdast', mdast)],
    hastPlugins: [hastPlugin('test:hast', hast)],
  });
  return result.code;
}

describe('markdown pipeline on Sätteri', () => {
  it('runs mdast and hast transforms on the compiled page', async () => {
    const code = await compile([{ run: remarkTeamOnly({ strip: true }) }], [{ run: rehypeScrollableTables() }]);
    expect(code).not.toContain('Internal margin notes');
    expect(code).toContain('Open to all.');
    expect(code).toContain('"aria-label": "Table: Tier, Margin"');
    expect(code).toContain('className: "pp-table-scroll"');
  });

  it('leaves a page alone when no transform is wanted for it', async () => {
    const code = await compile(
      [{ run: remarkTeamOnly({ strip: true }), when: (text) => text.includes('<NeverThere') }],
      [{ run: rehypeScrollableTables(), when: () => false }],
    );
    expect(code).toContain('Internal margin notes');
    expect(code).not.toContain('pp-table-scroll');
  });

  it('tells each transform which file it reads', async () => {
    const seen: (string | undefined)[] = [];
    await compile([{ run: (_tree, file) => void seen.push(file.path) }], []);
    expect(seen).toEqual(['/site/content/docs/page.mdx']);
  });
});
