/**
 * Which upcoming changes a page must announce: those that set a figure the page shows, whether
 * the page asks for it by path (`<Program path="…" />`, `figure('…')`, `{{…}}`; by tier id or
 * by tier role, see roles.ts) or through a generated
 * table that contains it.
 *
 * Public API
 * - `announcementsFor(body, loaded)` → the upcoming changes, oldest first.
 */
import type { LoadedProgram } from './load';
import { roleSpellings } from './roles';
import type { Change } from './schema';

/** Program paths (by prefix) that each generated table shows. */
const tableCoverage: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /<TierTable\b/,
    [
      'tiers.',
      'commission.referral.',
      'resale.margin.',
      'mdf.allocation.',
      'tierReview.graceQuarters.',
      'costToServe.',
    ],
  ],
  [/<TierLadderDiagram\b/, ['tiers.', 'tierReview.graceQuarters.']],
  [/<ProgramFacts[^>]*table="benefits"/, ['commission.referral.', 'resale.margin.', 'mdf.allocation.', 'benefits']],
  [/<ProgramFacts[^>]*table="clawback"/, ['dealRegistration.clawback']],
  [/<ProgramFacts[^>]*table="mdfApproval"/, ['mdf.approval']],
  [/<ProgramFacts[^>]*table="rebates"/, ['resale.rebates']],
  [/<ProgramFacts[^>]*table="brackets"/, ['commission.tiered']],
  [/<ProgramFacts[^>]*table="contacts"/, ['contacts']],
  [/<ProgramFacts[^>]*table="certification"/, ['certification.']],
  [/<ProgramFacts[^>]*table="targets"/, ['targets.']],
  [/<ProgramFacts[^>]*table="dealRules"/, ['dealRegistration.']],
];

export function announcementsFor(body: string, loaded: LoadedProgram): Change[] {
  const prefixes = tableCoverage.filter(([used]) => used.test(body)).flatMap(([, covered]) => covered);
  return loaded.upcoming.filter((change) =>
    Object.keys(change.set).some(
      (path) =>
        roleSpellings(path, loaded.program.tiers).some(
          (spelling) =>
            body.includes(`'${spelling}'`) || body.includes(`"${spelling}"`) || body.includes(`{{${spelling}}}`),
        ) || prefixes.some((prefix) => path.startsWith(prefix)),
    ),
  );
}
