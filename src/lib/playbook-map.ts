/**
 * The playbook map: partner types as rows, lifecycle stages as columns, and in each cell the
 * pages whose frontmatter lists both. Built from the docs collection at build time by
 * src/components/PlaybookMap.astro and shown on /reference/playbook-map/.
 *
 * A page without a partner type or without a stage is in no cell; it is counted in
 * `unmappedPages` so the map can say how much of the site it does not cover.
 */
import { labels, partnerTypes, stages, type PartnerType, type Stage } from './taxonomy';

export interface MapPageInput {
  /** Site path with leading and trailing slash, e.g. /partner-types/reseller/ */
  href: string;
  title: string;
  partnerTypes?: readonly PartnerType[] | undefined;
  stages?: readonly Stage[] | undefined;
}

export interface MapLink {
  href: string;
  title: string;
}

export interface MapCell {
  stage: Stage;
  pages: MapLink[];
}

export interface MapRow {
  partnerType: PartnerType;
  label: string;
  /** Distinct pages in this row's cells. */
  pageCount: number;
  cells: MapCell[];
}

export interface MapColumn {
  stage: Stage;
  label: string;
  /** Distinct pages in this column's cells. */
  pageCount: number;
}

export interface PlaybookMap {
  columns: MapColumn[];
  rows: MapRow[];
  /** Pages in at least one cell. */
  mappedPageCount: number;
  /** Pages that list no partner type or no stage, sorted by title. */
  unmappedPages: MapLink[];
}

/** Starlight entry id → site path: "checklists/program-launch" → "/checklists/program-launch/", "index" → "/". */
export function hrefForEntryId(id: string): string {
  const slug = id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
  return slug === '' ? '/' : `/${slug}/`;
}

/** "1 page", "12 pages". */
export function pageCountText(count: number): string {
  return `${count} ${count === 1 ? 'page' : 'pages'}`;
}

const byTitle = (a: MapLink, b: MapLink) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.href.localeCompare(b.href);

interface MergedPage extends MapLink {
  partnerTypes: Set<PartnerType>;
  stages: Set<Stage>;
}

/** One record per href; a page listed twice keeps its first title and the union of its types and stages. */
function mergeByHref(pages: readonly MapPageInput[]): MergedPage[] {
  const knownTypes = new Set<string>(partnerTypes);
  const knownStages = new Set<string>(stages);
  const merged = new Map<string, MergedPage>();
  for (const page of pages) {
    const record = merged.get(page.href) ?? {
      href: page.href,
      title: page.title,
      partnerTypes: new Set<PartnerType>(),
      stages: new Set<Stage>(),
    };
    // Values outside the taxonomy cannot pass the content schema, but the map never trusts that.
    for (const type of page.partnerTypes ?? []) if (knownTypes.has(type)) record.partnerTypes.add(type);
    for (const stage of page.stages ?? []) if (knownStages.has(stage)) record.stages.add(stage);
    merged.set(page.href, record);
  }
  return [...merged.values()];
}

export function buildPlaybookMap(pages: readonly MapPageInput[]): PlaybookMap {
  const merged = mergeByHref(pages);
  const onMap = merged.filter((page) => page.partnerTypes.size > 0 && page.stages.size > 0);
  const link = ({ href, title }: MergedPage): MapLink => ({ href, title });

  const rows = partnerTypes.map((partnerType): MapRow => {
    const cells = stages.map((stage): MapCell => ({
      stage,
      pages: onMap
        .filter((page) => page.partnerTypes.has(partnerType) && page.stages.has(stage))
        .map(link)
        .sort(byTitle),
    }));
    return {
      partnerType,
      label: labels[partnerType],
      pageCount: onMap.filter((page) => page.partnerTypes.has(partnerType)).length,
      cells,
    };
  });

  const columns = stages.map((stage): MapColumn => ({
    stage,
    label: labels[stage],
    pageCount: onMap.filter((page) => page.stages.has(stage)).length,
  }));

  return {
    columns,
    rows,
    mappedPageCount: onMap.length,
    unmappedPages: merged
      .filter((page) => !onMap.includes(page))
      .map(link)
      .sort(byTitle),
  };
}
