/**
 * One source, two sites. `PLAYBOOK_BUILD=partner` builds the partner site, which holds
 * only pages whose `audience` includes `partner`; anything else builds the team site.
 * Read by astro.config.mjs (sidebar, output folder) and src/content.config.ts (which pages exist).
 */
import type { Audience } from './taxonomy';

export type BuildTarget = 'team' | 'partner';

export function buildTarget(env: Record<string, string | undefined>): BuildTarget {
  const value = env['PLAYBOOK_BUILD'];
  if (value === undefined || value === '' || value === 'team') return 'team';
  if (value === 'partner') return 'partner';
  throw new Error(`PLAYBOOK_BUILD must be "team" or "partner", got "${value}".`);
}

/** Whether a page written for `audience` is published in the given build. */
export function isPublished(audience: readonly Audience[], target: BuildTarget): boolean {
  return target === 'team' || audience.includes('partner');
}
