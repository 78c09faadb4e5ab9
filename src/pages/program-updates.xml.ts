/**
 * /program-updates.xml: an RSS feed of the program's dated changes, newest first, so partners
 * learn of a change before it applies. Both builds publish it; it holds no team-only text.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loaded, longDate, program } from '~/program';

export const GET: APIRoute = (context) => {
  const site = context.site ?? new URL('http://localhost:4321');
  const changes = [...loaded.past, ...loaded.upcoming].reverse();
  return rss({
    title: `${program.programName}: program updates`,
    description: `Changes to the ${program.programName} terms, with the date each one applies.`,
    site,
    items: changes.map((change) => ({
      title: `From ${longDate(change.effective)}: ${change.summary}`,
      description: `${change.summary}. This applies from ${longDate(change.effective)}.`,
      link: new URL('/hub/program-updates/', site).href,
      pubDate: new Date(`${change.effective}T00:00:00Z`),
    })),
  });
};
