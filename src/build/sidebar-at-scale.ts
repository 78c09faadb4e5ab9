/**
 * Keeps every page's sidebar short however many folders are added beside the playbook's own sections.
 *
 * Starlight writes a collapsed group's links into every page all the same, so ten added folders of 100
 * pages would put 1,000 links (about 180 KB) into each page. Here a collapsed group that does not hold the
 * current page keeps one link, into its first page; the folder's full list appears once the reader is in
 * it (Starlight opens the group that holds the current page). Only added folders are collapsed
 * (astro.config.mjs), so the playbook's own sections are untouched. Prev/next links are computed from the
 * full sidebar before this runs, so they are unchanged too.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

function firstLink(entries: readonly SidebarEntry[]): SidebarLink | undefined {
  for (const entry of entries) {
    const link = entry.type === 'link' ? entry : firstLink(entry.entries);
    if (link) return link;
  }
  return undefined;
}

function linkCount(entries: readonly SidebarEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.type === 'link' ? 1 : linkCount(entry.entries)), 0);
}

function holdsCurrent(entries: readonly SidebarEntry[]): boolean {
  return entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : holdsCurrent(entry.entries)));
}

/** The sidebar with each collapsed group away from the current page cut down to one link into it. */
export function trimCollapsedGroups(sidebar: readonly SidebarEntry[]): SidebarEntry[] {
  return sidebar.map((entry) => {
    if (entry.type === 'link') return entry;
    if (!entry.collapsed || holdsCurrent(entry.entries))
      return { ...entry, entries: trimCollapsedGroups(entry.entries) };
    const first = firstLink(entry.entries);
    if (!first) return entry;
    const count = linkCount(entry.entries);
    const label = count === 1 ? first.label : `${first.label} (first of ${count} pages)`;
    return { ...entry, entries: [{ ...first, label }] };
  });
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = trimCollapsedGroups(route.sidebar);
});
