/**
 * The words a partner agreement relies on, each defined once on the program guide
 * (/program/program-guide/). Every page links the first use of each to its section there
 * (src/build/rehype-glossary-links.ts), and tests/dist/program-guide-links.test.ts fails when a
 * page uses one without that link, or when a section is missing from the guide.
 *
 * The patterns are phrases, not single common words: "dispute" on its own, "currency" or
 * "renewal" would link pages that do not mean the policy.
 */
import type { GlossaryTerm } from './glossary-terms';

export const programGuidePath = '/program/program-guide/';

export interface ProgramGuideTerm extends GlossaryTerm {
  /**
   * The glossary entry this term stands in for where the guide is published: the page links the
   * word to the guide's rule instead, so one word never links to two places on a page.
   */
  readonly replaces?: string;
}

export const programGuideTerms: readonly ProgramGuideTerm[] = [
  { anchor: 'revenue-basis', pattern: /\b(first-year value|revenue basis)\b/i, replaces: 'first-year-value' },
  { anchor: 'multi-year-deals', pattern: /\bmulti-year (deals?|contracts?)\b/i },
  { anchor: 'upsells', pattern: /\bupsells?\b/i },
  {
    anchor: 'renewals',
    pattern: /\b(renewal commissions?|renewal margin|partner of record)\b/i,
    replaces: 'renewal-commission',
  },
  { anchor: 'tax-forms', pattern: /\b(tax forms?|W-9|W-8BEN(-E)?)(?![\w-])/i },
  { anchor: 'payment-timing', pattern: /\b(payment run|commission run|payout run|minimum payout)\b/i },
  { anchor: 'disputes', pattern: /\b(commission|statement|payout|payment) disputes?\b/i },
];

/** One set of terms and the page that defines them, as the first-use linker takes it. */
export interface TermLinks {
  readonly terms: readonly GlossaryTerm[];
  /** The defining page: `/reference/glossary/`. */
  readonly path: string;
  /** Source files the set leaves alone: the defining page itself. */
  readonly skipFile: (file: string) => boolean;
}

const sourceOf = (path: string) => `content/docs${path.replace(/\/$/, '')}.mdx`;

/**
 * The term sets a build links: the program guide's (when the build publishes the guide) and the
 * glossary's, less the entries the guide stands in for.
 */
export function termLinks(
  glossary: readonly GlossaryTerm[],
  glossaryPath: string,
  guidePublished: boolean,
): TermLinks[] {
  const replaced = new Set(guidePublished ? programGuideTerms.map((term) => term.replaces) : []);
  const definedIn = (path: string) => (file: string) => file.endsWith(sourceOf(path));
  return [
    ...(guidePublished
      ? [{ terms: programGuideTerms, path: programGuidePath, skipFile: definedIn(programGuidePath) }]
      : []),
    {
      terms: glossary.filter((term) => !replaced.has(term.anchor)),
      path: glossaryPath,
      skipFile: definedIn(glossaryPath),
    },
  ];
}
