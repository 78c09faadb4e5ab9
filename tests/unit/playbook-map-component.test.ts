/**
 * PlaybookMap.astro rendered on the server with the Astro Container API, from a hand-made
 * docs collection: checks the table's structure and accessibility markup, not the content.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { partnerTypes, stages, type PartnerType, type Stage } from '../../src/lib/taxonomy';

interface FakeEntry {
  id: string;
  data: { title: string; draft?: boolean; partnerTypes: PartnerType[]; stages: Stage[] };
}

const entry = (id: string, title: string, types: PartnerType[], entryStages: Stage[], draft = false): FakeEntry => ({
  id,
  data: { title, draft, partnerTypes: types, stages: entryStages },
});

const entries: FakeEntry[] = [
  entry('partner-types/reseller', 'Reseller and channel partners', ['reseller'], ['activate', 'scale']),
  entry('lifecycle/activate', 'Activate', ['reseller', 'oem'], ['activate']),
  entry('checklists/partner-onboarding', 'Partner onboarding checklist', ['reseller'], ['activate']),
  entry('reference/glossary', 'Glossary', [], []),
  entry('economics/affiliate-programs', 'Affiliate programs', ['affiliate'], []),
  entry('drafts/unfinished', 'Unfinished', ['oem'], ['scale'], true),
];

// The container has no content layer: the component gets these entries instead of the site's pages.
vi.mock('astro:content', () => ({
  getCollection: async (_collection: string, filter?: (entry: FakeEntry) => boolean) =>
    filter ? entries.filter(filter) : entries,
}));

let html = '';
let tree: Root;

beforeAll(async () => {
  const { default: PlaybookMap } = await import('../../src/components/PlaybookMap.astro');
  const container = await AstroContainer.create();
  html = await container.renderToString(PlaybookMap);
  tree = fromHtml(html, { fragment: true });
}, 30_000);

function isElement(node: RootContent | Root): node is Element {
  return node.type === 'element';
}

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return node.children.flatMap((child) => {
    if (!isElement(child)) return [];
    return [...(test(child) ? [child] : []), ...findAll(child, test)];
  });
}

const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
const byTag = (tag: string) => (element: Element) => element.tagName === tag;
const prop = (element: Element, name: string) => element.properties[name];

const rowFor = (type: PartnerType) =>
  findAll(tree, (el) => el.tagName === 'tr' && prop(el, 'dataPartnerType') === type)[0];
const cellFor = (type: PartnerType, stage: Stage) => {
  const row = rowFor(type);
  return row ? findAll(row, (el) => el.tagName === 'td' && prop(el, 'dataStage') === stage)[0] : undefined;
};
const linksIn = (element: Element | undefined) =>
  element ? findAll(element, byTag('a')).map((a) => ({ href: prop(a, 'href'), text: textOf(a) })) : [];

describe('PlaybookMap server-rendered HTML', () => {
  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  }, 30_000); // html-validate loads its element rules on first use, which can take seconds.

  it('wraps the table in a focusable, labelled scroll region', () => {
    // A <section> with an accessible name has the region role.
    const [region] = findAll(tree, byTag('section'));
    const [caption] = findAll(tree, byTag('caption'));
    expect(region && caption).toBeTruthy();
    expect(prop(region!, 'tabIndex')).toBe(0);
    expect(prop(region!, 'ariaLabelledBy')).toEqual([prop(caption!, 'id')]);
    expect(textOf(caption!)).toMatch(/partner type.*lifecycle stage/i);
  });

  it('has a column header per stage and a row header per partner type, with scopes', () => {
    const columnHeaders = findAll(tree, (el) => el.tagName === 'th' && prop(el, 'scope') === 'col');
    const rowHeaders = findAll(tree, (el) => el.tagName === 'th' && prop(el, 'scope') === 'row');
    expect(columnHeaders).toHaveLength(stages.length + 1);
    expect(rowHeaders).toHaveLength(partnerTypes.length);
    expect(findAll(tree, byTag('td'))).toHaveLength(stages.length * partnerTypes.length);
  });

  it('lists the pages of a cell by title, linked to their URLs', () => {
    expect(linksIn(cellFor('reseller', 'activate'))).toEqual([
      { href: '/lifecycle/activate/', text: 'Activate' },
      { href: '/checklists/partner-onboarding/', text: 'Partner onboarding checklist' },
      { href: '/partner-types/reseller/', text: 'Reseller and channel partners' },
    ]);
    expect(linksIn(cellFor('oem', 'activate')).map((link) => link.text)).toEqual(['Activate']);
  });

  it('marks an empty cell in words', () => {
    expect(linksIn(cellFor('technology', 'review'))).toEqual([]);
    expect(textOf(cellFor('technology', 'review')!)).toBe('No pages');
  });

  it('links a header only when its partner type or stage page exists', () => {
    const rowHeader = (type: PartnerType) => findAll(rowFor(type)!, byTag('th'))[0];
    const columnHeader = (stage: Stage) =>
      findAll(tree, (el) => el.tagName === 'th' && prop(el, 'dataStage') === stage)[0];
    expect(linksIn(rowHeader('reseller'))).toEqual([{ href: '/partner-types/reseller/', text: 'Reseller / channel' }]);
    expect(linksIn(rowHeader('oem'))).toEqual([]);
    expect(linksIn(columnHeader('activate'))).toEqual([{ href: '/lifecycle/activate/', text: 'Activate' }]);
    expect(linksIn(columnHeader('scale'))).toEqual([]);
  });

  it('shows page counts per row and column', () => {
    expect(textOf(findAll(rowFor('reseller')!, byTag('th'))[0]!)).toContain('3 pages');
    expect(textOf(findAll(rowFor('oem')!, byTag('th'))[0]!)).toContain('1 page');
    const scale = findAll(tree, (el) => el.tagName === 'th' && prop(el, 'dataStage') === 'scale')[0]!;
    expect(textOf(scale)).toContain('1 page');
  });

  it('leaves out drafts and pages without a type or stage, and says how many sit outside the map', () => {
    expect(html).not.toContain('Unfinished');
    expect(html).not.toContain('Glossary');
    expect(textOf(tree).replace(/\s+/g, ' ')).toContain('3 pages on the map; 2 pages list no partner type or no stage');
  });
});
