import { describe, expect, it } from 'vitest';
import { collapseWhitespace, llmsFiles, pageMarkdown, readBuiltPage } from '../../src/build/llms-txt';
import { trimCollapsedGroups } from '../../src/build/sidebar-at-scale';

const page = (content: string) =>
  `<html><head><meta name="description" content="Tiers &amp; benefits"></head><body>` +
  `<h1 id="_top">Tiers &amp; benefits</h1><div class="sl-markdown-content">${content}</div>` +
  `<footer>Edit page</footer></body></html>`;

describe('llms files from built pages', () => {
  it('reads title, description and the Markdown content only', () => {
    const built = readBuiltPage('/program/tiers/', page('<p>Gold needs <strong>two</strong> deals.</p>'), true);
    expect(built).toMatchObject({ title: 'Tiers & benefits', description: 'Tiers & benefits' });
    expect(pageMarkdown(built.contentHtml).full).toBe('Gold needs **two** deals.');
  });

  it('drops heading anchor links and keeps the code language', () => {
    const html =
      '<div class="sl-heading-wrapper"><h2 id="rates">Rates</h2><a class="sl-anchor-link" href="#rates"><span class="sr-only">Section titled “Rates”</span></a></div>' +
      '<div class="expressive-code"><pre data-language="ts"><code><div class="ec-line">const rate = 0.1;</div></code></pre></div>';
    const { full } = pageMarkdown(html);
    expect(full).not.toContain('Section titled');
    expect(full).toContain('```ts\nconst rate = 0.1;\n```');
  });

  it('leaves notes, tips and details out of the small file only', () => {
    const html =
      '<p>Keep this.</p><aside class="starlight-aside starlight-aside--note"><p>A note.</p></aside>' +
      '<details><summary>More</summary><p>Hidden.</p></details>';
    const { full, small } = pageMarkdown(html);
    expect(full).toContain('A note.');
    expect(full).toContain('Hidden.');
    expect(small).toBe('Keep this.');
  });

  it('collapses prose whitespace but not fenced code', () => {
    expect(collapseWhitespace('a\n\nb\n\n```\nx\n  y\n```\n\nc')).toBe('a b \n```\nx\n  y\n```\n c');
  });

  it('gives full text for own pages and lists added ones in llms.txt only', () => {
    const pages = [
      { path: '/hub/start/', title: 'Start', description: 'First steps', contentHtml: '<p>Own page.</p>' },
      { path: '/handbook-01/page/', title: 'Added', description: '', contentHtml: '' },
    ];
    const files = llmsFiles(pages, 'https://example.com/', {
      projectName: 'Playbook',
      description: 'About it',
      exclude: [],
      fullText: (path) => path.startsWith('/hub/'),
      sectionOf: (path) => (path.startsWith('/hub/') ? 'Partner hub' : 'Handbook 01'),
    });
    expect(files['llms-full.txt']).toContain('# Start\n\n> First steps\n\nOwn page.');
    expect(files['llms-full.txt']).not.toContain('# Added');
    expect(files['llms.txt']).toContain('## Handbook 01\n\n- [Added](https://example.com/handbook-01/page/)');
  });
});

describe('sidebar at scale', () => {
  const link = (label: string, isCurrent = false) =>
    ({ type: 'link', label, href: `/${label}/`, isCurrent, badge: undefined, attrs: {} }) as const;
  const group = (label: string, collapsed: boolean, entries: any[]) =>
    ({ type: 'group', label, collapsed, badge: undefined, entries }) as any;

  it('cuts a collapsed group away from the current page to one link into it', () => {
    const [trimmed] = trimCollapsedGroups([group('Handbook 01', true, [link('a'), link('b'), link('c')])]);
    expect(trimmed).toMatchObject({ entries: [{ href: '/a/', label: 'a (first of 3 pages)' }] });
  });

  it('keeps the group that holds the current page, and groups that are not collapsed', () => {
    const sidebar = [
      group('Handbook 01', true, [link('a'), link('b', true)]),
      group('Tools', false, [link('c'), link('d')]),
    ];
    expect(trimCollapsedGroups(sidebar)).toEqual(sidebar);
  });
});
