/**
 * What search offers when nothing matches (src/lib/search-answer.ts): the glossary's terms and
 * the pages most worth opening. Built per site, so the partner build lists only partner pages
 * and the glossary terms a partner can read. Fetched only after a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import type { Suggestion } from '../lib/search-answer';

/** The front doors, in this order when published; then the critical-impact pages. */
const frontDoors = ['hub/getting-started', 'reference/playbook-map', 'reference/glossary'];
const MAX_PAGES = 6;

const pathOf = (id: string) => `/${id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

export const GET: APIRoute = async () => {
  const entries = await getCollection('docs', (entry) => !entry.data.draft);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const glossaryEntry = byId.get('reference/glossary');
  const glossary: Suggestion[] = glossaryEntry
    ? (await render(glossaryEntry)).headings
        .filter((heading) => heading.depth === 3)
        .map((heading) => ({ title: heading.text, url: `${pathOf(glossaryEntry.id)}#${heading.slug}` }))
    : [];
  const critical = entries
    .filter((entry) => entry.data.impact === 'critical')
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map((entry) => entry.id);
  const pages: Suggestion[] = [...new Set([...frontDoors, ...critical])]
    .flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [{ title: entry.data.title, url: pathOf(entry.id) }] : [];
    })
    .slice(0, MAX_PAGES);
  return new Response(JSON.stringify({ glossary, pages }), { headers: { 'Content-Type': 'application/json' } });
};
