/**
 * The tier ladder in words and diagrams, drawn from the program's tiers, so a page that walks the
 * whole ladder reads right for three tiers or five: "Registered, Silver, Gold and Platinum", and the
 * mermaid source of a ladder diagram with a node per tier.
 *
 * Public API
 * - `andList(words)`, `orList(words)` — "a, b and c", "a, b or c" (no serial comma, as the pages write).
 * - `countWord(n)` — "four" for 4, digits above ten.
 * - `ladderDiagram(ladder, kind, options)` → `{ source, description }` for a mermaid figure:
 *   `steps` is a flowchart of the steps up (and, with `grace`, the grace periods back down);
 *   `review` is the annual review as states, with a grace state under each earned tier.
 */

interface LadderTier {
  readonly id: string;
  readonly name: string;
  readonly requires?:
    | {
        readonly revenue?: number | undefined;
        readonly referrals?: number | undefined;
        readonly certified?: number | undefined;
      }
    | undefined;
}

export interface Ladder {
  readonly tiers: readonly LadderTier[];
  /** A program path formatted for a page: `figure('tiers.gold.requires.revenue')` → "$100,000". */
  readonly figure: (path: string) => string;
  /** Whether the program has the path (a tier without a referral path, a tier without a grace period). */
  readonly has: (path: string) => boolean;
}

export type LadderDiagramKind = 'steps' | 'review';

export interface LadderDiagramOptions {
  /** Name the certified people each step asks for (default true). */
  readonly certified?: boolean | undefined;
  /** Draw the grace period back down from each earned tier (`steps` only; `review` always does). */
  readonly grace?: boolean | undefined;
}

function list(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

export const andList = (words: readonly string[]): string => list(words, 'and');
export const orList = (words: readonly string[]): string => list(words, 'or');

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export const countWord = (n: number): string => numberWords[n] ?? String(n);

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Mermaid labels cannot hold a double quote; its entity reads the same. */
const label = (text: string) => text.replaceAll('"', '#quot;');

function people(ladder: Ladder, t: LadderTier): string {
  const path = `tiers.${t.id}.requires.certified`;
  return `${ladder.figure(path)} certified ${t.requires?.certified === 1 ? 'person' : 'people'}`;
}

/** "$25,000 or 5 referrals" (the paths a tier may be reached on), with `of revenue` when asked. */
function paths(ladder: Ladder, t: LadderTier, revenueWord = ''): string {
  const base = `tiers.${t.id}.requires`;
  return [
    ladder.has(`${base}.revenue`) ? `${ladder.figure(`${base}.revenue`)}${revenueWord}` : null,
    ladder.has(`${base}.referrals`) ? `${ladder.figure(`${base}.referrals`)} referrals` : null,
  ]
    .filter(Boolean)
    .join(' or ');
}

const hasCertified = (t: LadderTier) => (t.requires?.certified ?? 0) > 0;

function graceOf(ladder: Ladder, t: LadderTier): string | null {
  const path = `tierReview.graceQuarters.${t.id}`;
  return ladder.has(path) ? ladder.figure(path) : null;
}

export function ladderDiagram(
  ladder: Ladder,
  kind: LadderDiagramKind,
  options: LadderDiagramOptions = {},
): { source: string; description: string } {
  const { certified = true, grace = false } = options;
  const [entry, ...earned] = ladder.tiers;
  if (!entry) throw new Error('The program has no tiers.');
  const node = (t: LadderTier) => `tier${ladder.tiers.indexOf(t)}`;
  const below = (t: LadderTier) => ladder.tiers[ladder.tiers.indexOf(t) - 1]!;
  const graceWords = andList(
    earned.flatMap((t) => {
      const quarters = graceOf(ladder, t);
      return quarters ? [`${quarters} at ${t.name}`] : [];
    }),
  );

  if (kind === 'review') {
    const lines = [
      'stateDiagram-v2',
      ...ladder.tiers.map((t) => `  state "${label(t.name)}" as ${node(t)}`),
      ...earned.map((t) => `  state "${label(`${t.name} grace`)}" as ${node(t)}grace`),
      `  [*] --> ${node(entry)}: Agreement signed`,
      ...earned.map(
        (t) =>
          `  ${node(below(t))} --> ${node(t)}: ${paths(ladder, t)}${hasCertified(t) ? `, plus ${ladder.figure(`tiers.${t.id}.requires.certified`)} certified` : ''}`,
      ),
      ...earned.flatMap((t) => {
        const quarters = graceOf(ladder, t);
        return [
          `  ${node(t)} --> ${node(t)}grace: Below threshold`,
          `  ${node(t)}grace --> ${node(t)}: Recovered`,
          `  ${node(t)}grace --> ${node(below(t))}: ${quarters ? `After ${quarters}` : 'At the review'}`,
        ];
      }),
    ];
    const description =
      `Partners start at ${entry.name} when the agreement is signed. At each annual review a partner moves up when it reaches the next tier's threshold and has the certified people it needs. ` +
      `A partner below its own tier's threshold enters a grace period${graceWords ? `: ${graceWords}` : ''}. ` +
      'A partner that recovers during the grace period keeps its tier; otherwise it moves down one tier.';
    return { source: lines.join('\n'), description };
  }

  const lines = [
    'flowchart LR',
    ...earned.map((t, index) => {
      const from = index === 0 ? `${node(entry)}["${label(`${entry.name}: signed agreement`)}"]` : node(below(t));
      const step = `${paths(ladder, t)}${certified && hasCertified(t) ? `, ${ladder.figure(`tiers.${t.id}.requires.certified`)} certified` : ''}`;
      return `  ${from} -->|"${label(step)}"| ${node(t)}["${label(t.name)}"]`;
    }),
    ...(grace
      ? [...earned].reverse().flatMap((t) => {
          const quarters = graceOf(ladder, t);
          return quarters ? [`  ${node(t)} -.->|"${label(`${quarters} grace`)}"| ${node(below(t))}`] : [];
        })
      : []),
  ];
  const steps = earned.map(
    (t) =>
      `${t.name} requires ${paths(ladder, t, ' of revenue')}${certified && hasCertified(t) ? `, and ${people(ladder, t)}` : ''}.`,
  );
  const description = [
    `${capitalized(countWord(ladder.tiers.length))} tiers in order. ${entry.name} requires a signed agreement.`,
    ...steps,
    ...(grace && graceWords
      ? [
          `A partner below its tier's threshold keeps the tier for a grace period (${graceWords}) before dropping one tier.`,
        ]
      : []),
  ].join(' ');
  return { source: lines.join('\n'), description };
}
