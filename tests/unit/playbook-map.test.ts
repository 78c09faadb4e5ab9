import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildPlaybookMap,
  hrefForEntryId,
  pageCountText,
  type MapPageInput,
  type PlaybookMap,
} from '../../src/lib/playbook-map';
import { partnerTypes, stages, type PartnerType, type Stage } from '../../src/lib/taxonomy';

const cell = (map: PlaybookMap, type: PartnerType, stage: Stage) =>
  map.rows.find((row) => row.partnerType === type)?.cells.find((c) => c.stage === stage)?.pages ?? [];
const titles = (pages: { title: string }[]) => pages.map((page) => page.title);

const reseller: MapPageInput = {
  href: '/partner-types/reseller/',
  title: 'Reseller and channel partners',
  partnerTypes: ['reseller'],
  stages: ['identify', 'activate', 'scale', 'expand', 'review'],
};
const activate: MapPageInput = {
  href: '/lifecycle/activate/',
  title: 'Activate',
  partnerTypes: [...partnerTypes],
  stages: ['activate'],
};
const onboarding: MapPageInput = {
  href: '/checklists/partner-onboarding/',
  title: 'Partner onboarding checklist',
  partnerTypes: ['reseller', 'si-consultant'],
  stages: ['activate'],
};
const glossary: MapPageInput = { href: '/reference/glossary/', title: 'Glossary' };
const typeOnly: MapPageInput = {
  href: '/economics/affiliate-programs/',
  title: 'Affiliate programs',
  partnerTypes: ['affiliate'],
  stages: [],
};
const stageOnly: MapPageInput = {
  href: '/strategy/partner-selection/',
  title: 'Partner selection',
  stages: ['identify'],
};

describe('hrefForEntryId', () => {
  it.each([
    ['index', '/'],
    ['checklists/program-launch', '/checklists/program-launch/'],
    ['hub/index', '/hub/'],
    ['reference/playbook-map/', '/reference/playbook-map/'],
  ])('%s → %s', (id, href) => {
    expect(hrefForEntryId(id)).toBe(href);
  });
});

describe('pageCountText', () => {
  it.each([
    [0, '0 pages'],
    [1, '1 page'],
    [12, '12 pages'],
  ])('%i → %s', (count, text) => {
    expect(pageCountText(count)).toBe(text);
  });
});

describe('buildPlaybookMap', () => {
  it('has every partner type as a row and every stage as a column, in taxonomy order, even with no pages', () => {
    const map = buildPlaybookMap([]);
    expect(map.rows.map((row) => row.partnerType)).toEqual([...partnerTypes]);
    expect(map.columns.map((column) => column.stage)).toEqual([...stages]);
    for (const row of map.rows) {
      expect(row.cells.map((c) => c.stage)).toEqual([...stages]);
      expect(row.cells.every((c) => c.pages.length === 0)).toBe(true);
      expect(row.pageCount).toBe(0);
    }
    expect(map.columns.every((column) => column.pageCount === 0)).toBe(true);
    expect(map.mappedPageCount).toBe(0);
    expect(map.unmappedPages).toEqual([]);
  });

  it('puts a page in every cell where it lists both the type and the stage', () => {
    const map = buildPlaybookMap([reseller, activate, onboarding]);
    expect(titles(cell(map, 'reseller', 'activate'))).toEqual([
      'Activate',
      'Partner onboarding checklist',
      'Reseller and channel partners',
    ]);
    expect(titles(cell(map, 'reseller', 'review'))).toEqual(['Reseller and channel partners']);
    expect(titles(cell(map, 'si-consultant', 'activate'))).toEqual(['Activate', 'Partner onboarding checklist']);
    expect(titles(cell(map, 'oem', 'activate'))).toEqual(['Activate']);
    expect(cell(map, 'oem', 'scale')).toEqual([]);
  });

  it('links each page by its href', () => {
    const map = buildPlaybookMap([onboarding]);
    expect(cell(map, 'reseller', 'activate')).toEqual([
      { href: '/checklists/partner-onboarding/', title: 'Partner onboarding checklist' },
    ]);
  });

  it('leaves pages without a type or a stage out of every cell and lists them as unmapped', () => {
    const map = buildPlaybookMap([glossary, typeOnly, stageOnly, onboarding]);
    const everyCell = map.rows.flatMap((row) => row.cells.flatMap((c) => c.pages));
    expect(new Set(everyCell.map((page) => page.href))).toEqual(new Set(['/checklists/partner-onboarding/']));
    expect(titles(map.unmappedPages)).toEqual(['Affiliate programs', 'Glossary', 'Partner selection']);
    expect(map.mappedPageCount).toBe(1);
    expect(map.rows.find((row) => row.partnerType === 'affiliate')?.pageCount).toBe(0);
    expect(map.columns.find((column) => column.stage === 'identify')?.pageCount).toBe(0);
  });

  it('counts distinct pages per row and per column', () => {
    const map = buildPlaybookMap([reseller, activate, onboarding]);
    const row = (type: PartnerType) => map.rows.find((r) => r.partnerType === type)?.pageCount;
    const column = (stage: Stage) => map.columns.find((c) => c.stage === stage)?.pageCount;
    expect(row('reseller')).toBe(3);
    expect(row('si-consultant')).toBe(2);
    expect(row('technology')).toBe(1);
    expect(column('activate')).toBe(3);
    expect(column('identify')).toBe(1);
    expect(map.mappedPageCount).toBe(3);
  });

  it('lists a page once when it is given twice or repeats a type or stage', () => {
    const repeated: MapPageInput = {
      ...onboarding,
      partnerTypes: ['reseller', 'reseller'],
      stages: ['activate', 'activate'],
    };
    const map = buildPlaybookMap([onboarding, repeated, onboarding]);
    expect(cell(map, 'reseller', 'activate')).toHaveLength(1);
    expect(map.mappedPageCount).toBe(1);
  });

  it('merges the types and stages of a page given twice, keeping its first title', () => {
    const map = buildPlaybookMap([
      { href: '/x/', title: 'First', partnerTypes: ['oem'], stages: ['scale'] },
      { href: '/x/', title: 'Second', partnerTypes: ['affiliate'], stages: [] },
    ]);
    expect(titles(cell(map, 'affiliate', 'scale'))).toEqual(['First']);
    expect(titles(cell(map, 'oem', 'scale'))).toEqual(['First']);
  });

  it('ignores types and stages outside the taxonomy', () => {
    const stray = {
      href: '/y/',
      title: 'Stray',
      partnerTypes: ['franchise'],
      stages: ['sunset'],
    } as unknown as MapPageInput;
    const map = buildPlaybookMap([stray]);
    expect(map.mappedPageCount).toBe(0);
    expect(titles(map.unmappedPages)).toEqual(['Stray']);
  });

  it('sorts each cell by title, ignoring case, whatever the input order', () => {
    const pages: MapPageInput[] = ['beta', 'Alpha', 'gamma'].map((title) => ({
      href: `/${title}/`,
      title,
      partnerTypes: ['referral'],
      stages: ['scale'],
    }));
    expect(titles(cell(buildPlaybookMap(pages.toReversed()), 'referral', 'scale'))).toEqual(['Alpha', 'beta', 'gamma']);
  });

  const arbitraryPage = fc.record({
    href: fc.constantFrom('/a/', '/b/', '/c/', '/d/', '/e/'),
    title: fc.string({ minLength: 1, maxLength: 12 }),
    partnerTypes: fc.option(fc.array(fc.constantFrom(...partnerTypes), { maxLength: 9 }), { nil: undefined }),
    stages: fc.option(fc.array(fc.constantFrom(...stages), { maxLength: 7 }), { nil: undefined }),
  });

  it('accounts for every distinct page exactly once: mapped or unmapped', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPage, { maxLength: 20 }), (pages) => {
        const map = buildPlaybookMap(pages);
        const distinct = new Set(pages.map((page) => page.href)).size;
        expect(map.mappedPageCount + map.unmappedPages.length).toBe(distinct);
        for (const row of map.rows) {
          expect(row.pageCount).toBeLessThanOrEqual(map.mappedPageCount);
          for (const c of row.cells) expect(new Set(c.pages.map((p) => p.href)).size).toBe(c.pages.length);
        }
      }),
    );
  });
});
