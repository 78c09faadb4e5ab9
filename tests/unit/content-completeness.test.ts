import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assets, partnerTypes, stages } from '../../src/lib/taxonomy';

/**
 * The playbook's promise per page kind: every section a reader expects, and enough prose to act on.
 * Prose counts words outside frontmatter, imports, tables, diagrams and code.
 */
const docs = resolve(import.meta.dirname, '../../content/docs');
const MIN_PROSE_WORDS = 600;

function readPage(path: string) {
  const source = readFileSync(join(docs, path), 'utf8');
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
  const prose = body
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => !line.startsWith('import ') && !line.trimStart().startsWith('|'))
    .join(' ');
  return { headings, words: prose.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length, source };
}

const kinds = [
  {
    kind: 'partner type',
    pages: partnerTypes.map((type) => `partner-types/${type}.mdx`),
    sections: [
      'What it is and when to choose it',
      'Goal, key metric and time to value',
      'Revenue model and commission benchmarks',
      'Support level',
      'Ideal partner profile',
      'How to recruit',
      'What to do at each lifecycle stage',
      'Enablement it needs',
      'Metrics and targets',
      'Red flags and anti-patterns',
      'Calculators for this partner type',
    ],
  },
  {
    kind: 'lifecycle stage',
    pages: stages.map((stage) => `lifecycle/${stage}.mdx`),
    sections: [
      'Purpose',
      'Entry criteria',
      'Exit criteria',
      'Activities',
      'Owners',
      'Artifacts it produces',
      'Metrics',
      'Common failure modes',
      'Guidance per partner type',
    ],
  },
  {
    kind: 'enablement asset',
    pages: assets.map((asset) => `enablement/${asset}.mdx`),
    sections: [
      'Purpose',
      'What a good one contains',
      'How to build it',
      'How to maintain it',
      'How to measure its use',
      'Partner types that rely on it most',
    ],
  },
];

describe.each(kinds)('every $kind page', ({ pages, sections }) => {
  it.each(pages)('%s has every section and enough prose', (path) => {
    const page = readPage(path);
    for (const section of sections) expect(page.headings, `${path} lacks "## ${section}"`).toContain(section);
    expect(page.words, `${path} has ${page.words} words of prose`).toBeGreaterThanOrEqual(MIN_PROSE_WORDS);
  });
});

describe('every enablement asset page', () => {
  it.each([
    ['partner-portal', 'Critical'],
    ['sales-playbook', 'Critical'],
    ['integration-docs', 'High'],
    ['co-brandable-content', 'High'],
    ['demo-environment', 'Medium'],
    ['certification-program', 'Medium'],
  ])('%s shows its %s priority as a badge', (asset, priority) => {
    expect(readPage(`enablement/${asset}.mdx`).source).toMatch(new RegExp(`<Badge[^>]*text="${priority}`));
  });
});
