import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { assets, audiences, impacts, partnerTypes, reviewCadences, stages, type Audience } from './lib/taxonomy';
import { buildTarget, isPublished } from './lib/build-target';

/** The fields every playbook page adds to Starlight's own frontmatter. */
export const playbookFrontmatter = z.object({
  audience: z
    .array(z.enum(audiences))
    .min(1, 'audience needs at least one of "team" or "partner"')
    .describe('Who the page is for. Pages without "partner" are left out of the partner build entirely.'),
  partnerTypes: z
    .array(z.enum(partnerTypes))
    .default([])
    .describe('Partner types the page covers; rows of the playbook map and a search facet.'),
  stages: z
    .array(z.enum(stages))
    .default([])
    .describe('Lifecycle stages the page covers; columns of the playbook map and a search facet.'),
  assets: z.array(z.enum(assets)).default([]).describe('Enablement assets the page covers; a search facet.'),
  impact: z
    .enum(impacts)
    .optional()
    .describe('How much the topic moves program results; shown as a badge and a search facet.'),
  owner: z
    .string()
    .trim()
    .min(1, 'owner must name the team that keeps the page true')
    .describe('Team that owns the page.'),
  lastReviewed: z.coerce
    .date({ error: 'lastReviewed must be a date such as 2026-11-01' })
    .describe('Date of the last content review (YYYY-MM-DD).'),
  reviewEvery: z
    .enum(reviewCadences)
    .default('quarterly')
    .describe('Review cadence; a page past it shows a "review due" notice.'),
});

/**
 * Starlight's docs loader, minus the pages the current build must not publish.
 * A static host serves whatever is in the output folder, so team-only pages are removed
 * from the collection itself: no route, sidebar entry, search record or link target remains.
 */
function publishedDocsLoader(): Loader {
  const inner = docsLoader();
  const target = buildTarget(process.env);
  return {
    name: 'partner-playbook-docs-loader',
    load: async (context) => {
      await inner.load(context);
      if (target === 'team') return;
      for (const [id, entry] of context.store.entries()) {
        const audience = (entry.data as { audience?: Audience[] }).audience ?? [];
        if (!isPublished(audience, target)) context.store.delete(id);
      }
    },
  };
}

export const collections = {
  docs: defineCollection({
    loader: publishedDocsLoader(),
    schema: docsSchema({ extend: playbookFrontmatter }),
  }),
};
