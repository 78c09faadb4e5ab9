import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { buildDay } from './program';
import { isReviewDue, isoDate, nextReviewDate } from './lib/review';

const reported = new Set<string>();

/** Lists overdue pages in the build log, once each, so owners see them without opening the site. */
export const onRequest = defineRouteMiddleware((context) => {
  const { entry } = context.locals.starlightRoute;
  // Pages Starlight makes itself (such as a fallback 404) carry no governance fields.
  const { lastReviewed, reviewEvery, owner } = entry.data as Partial<typeof entry.data>;
  if (!lastReviewed || !reviewEvery || reported.has(entry.id)) return;
  if (!isReviewDue(lastReviewed, reviewEvery, buildDay)) return;
  reported.add(entry.id);
  console.warn(
    `[review due] ${entry.filePath ?? entry.id}: owner ${owner}, reviewed ${isoDate(lastReviewed)}, ` +
      `${reviewEvery} review was due ${isoDate(nextReviewDate(lastReviewed, reviewEvery))}`,
  );
});
