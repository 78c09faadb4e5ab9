/**
 * Tier roles: a page names a tier by its place on the ladder (`@entry`, `@first`, `@middle`,
 * `@top`) instead of by id, so the same page reads right for a program of three tiers or five,
 * with any ids and names. `<Program path="tiers.@top.name" />` is "Platinum" in a four-tier
 * program and "Elite" in content/programs/five-tier.yaml.
 *
 * - `@entry`  the first tier, reached by signing the agreement;
 * - `@first`  the first tier earned by results (the entry tier when there is only one tier);
 * - `@middle` the middle of the ladder, where the calculators' examples start (Gold of four);
 * - `@top`    the highest tier.
 *
 * Public API: `tierRoles`, `TierRole`, `tierForRole(tiers, role)`, `resolveRoles(path, tiers)`,
 * `roleSpellings(path, tiers)`.
 */
export const tierRoles = ['entry', 'first', 'middle', 'top'] as const;
export type TierRole = (typeof tierRoles)[number];

interface HasId {
  readonly id: string;
}

export function tierForRole(tiers: readonly HasId[], role: TierRole): string {
  const index = {
    entry: 0,
    first: Math.min(1, tiers.length - 1),
    middle: Math.floor(tiers.length / 2),
    top: tiers.length - 1,
  }[role];
  const tier = tiers[index];
  if (!tier) throw new Error('The program has no tiers.');
  return tier.id;
}

const isRole = (word: string): word is TierRole => (tierRoles as readonly string[]).includes(word);

/** `tiers.@top.requires.revenue` → `tiers.platinum.requires.revenue`; a path without roles is returned as is. */
export function resolveRoles(path: string, tiers: readonly HasId[]): string {
  if (!path.includes('@')) return path;
  return path
    .split('.')
    .map((part) => {
      if (!part.startsWith('@')) return part;
      const role = part.slice(1);
      if (!isRole(role)) {
        throw new Error(`"${path}" names the tier role "${part}"; use ${tierRoles.map((r) => `@${r}`).join(', ')}.`);
      }
      return tierForRole(tiers, role);
    })
    .join('.');
}

/** Every way a page may spell `path`: by id, and with each tier id replaced by a role that stands for it. */
export function roleSpellings(path: string, tiers: readonly HasId[]): string[] {
  let spellings = [''];
  path.split('.').forEach((part, index) => {
    const roles = tierRoles.filter((role) => tierForRole(tiers, role) === part).map((role) => `@${role}`);
    spellings = spellings.flatMap((start) => [part, ...roles].map((word) => (index === 0 ? word : `${start}.${word}`)));
  });
  return spellings;
}
