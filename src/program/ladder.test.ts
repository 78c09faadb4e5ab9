import { describe, expect, it } from 'vitest';
import { andList, countWord, ladderDiagram, orList, type Ladder } from './ladder';

type Tier = Ladder['tiers'][number];

/** Figures as a page shows them, looked up in a plain object by dotted path. */
function ladderOf(tiers: readonly Tier[], graceQuarters: Record<string, number>): Ladder {
  const data: Record<string, unknown> = { tiers: Object.fromEntries(tiers.map((t) => [t.id, t])), graceQuarters };
  const at = (path: string) =>
    path
      .replace('tierReview.', '')
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
  return {
    tiers,
    has: (path) => at(path) !== undefined,
    figure: (path) => {
      const found = at(path) as number;
      if (path.endsWith('revenue')) return `$${found.toLocaleString('en-US')}`;
      if (path.includes('graceQuarters')) return `${found} ${found === 1 ? 'quarter' : 'quarters'}`;
      return String(found);
    },
  };
}

const four = ladderOf(
  [
    { id: 'registered', name: 'Registered' },
    { id: 'silver', name: 'Silver', requires: { revenue: 25000, referrals: 5, certified: 1 } },
    { id: 'gold', name: 'Gold', requires: { revenue: 100000, referrals: 20, certified: 2 } },
    { id: 'platinum', name: 'Platinum', requires: { revenue: 500000 } },
  ],
  { silver: 1, gold: 2, platinum: 3 },
);
const five = ladderOf(
  [
    { id: 'member', name: 'Member' },
    { id: 'bronze', name: 'Bronze', requires: { revenue: 10000, referrals: 3, certified: 1 } },
    { id: 'silver', name: 'Silver', requires: { revenue: 40000, referrals: 10, certified: 1 } },
    { id: 'gold', name: 'Gold', requires: { revenue: 120000, referrals: 25, certified: 3 } },
    { id: 'elite', name: 'Elite "Circle"', requires: { revenue: 400000, referrals: 60, certified: 6 } },
  ],
  { bronze: 1, silver: 1, gold: 2, elite: 3 },
);

describe('andList and countWord', () => {
  it.each([
    [[], ''],
    [['Gold'], 'Gold'],
    [['Silver', 'Gold'], 'Silver and Gold'],
    [['Registered', 'Silver', 'Gold', 'Platinum'], 'Registered, Silver, Gold and Platinum'],
  ])('andList(%j) is "%s"', (words, expected) => {
    expect(andList(words)).toBe(expected);
  });

  it('orList joins the last two with or', () => {
    expect(orList(['Silver', 'Gold', 'Platinum'])).toBe('Silver, Gold or Platinum');
  });

  it.each([
    [3, 'three'],
    [5, 'five'],
    [10, 'ten'],
    [12, '12'],
  ])('countWord(%i) is "%s"', (n, expected) => {
    expect(countWord(n)).toBe(expected);
  });
});

describe('ladderDiagram steps', () => {
  it('draws one step per earned tier, with only the paths a tier has', () => {
    const { source, description } = ladderDiagram(four, 'steps');
    expect(source.split('\n')).toEqual([
      'flowchart LR',
      '  tier0["Registered: signed agreement"] -->|"$25,000 or 5 referrals, 1 certified"| tier1["Silver"]',
      '  tier1 -->|"$100,000 or 20 referrals, 2 certified"| tier2["Gold"]',
      '  tier2 -->|"$500,000"| tier3["Platinum"]',
    ]);
    expect(description).toBe(
      'Four tiers in order. Registered requires a signed agreement. Silver requires $25,000 of revenue or 5 referrals, and 1 certified person. Gold requires $100,000 of revenue or 20 referrals, and 2 certified people. Platinum requires $500,000 of revenue.',
    );
  });

  it('draws five tiers, the grace periods back down, and escapes quotes in names', () => {
    const { source, description } = ladderDiagram(five, 'steps', { certified: false, grace: true });
    expect(source).toContain('tier3 -->|"$400,000 or 60 referrals"| tier4["Elite #quot;Circle#quot;"]');
    expect(source).toContain('tier4 -.->|"3 quarters grace"| tier3');
    expect(source).toContain('tier1 -.->|"1 quarter grace"| tier0');
    expect(description).toMatch(/^Five tiers in order\. Member requires a signed agreement\./);
    expect(description).not.toContain('certified');
    expect(description).toContain(
      '(1 quarter at Bronze, 1 quarter at Silver, 2 quarters at Gold and 3 quarters at Elite "Circle")',
    );
  });
});

describe('ladderDiagram review', () => {
  it('has a state and a grace state per earned tier, and names every grace period', () => {
    const { source, description } = ladderDiagram(four, 'review');
    const lines = source.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  [*] --> tier0: Agreement signed');
    expect(lines).toContain('  tier0 --> tier1: $25,000 or 5 referrals, plus 1 certified');
    expect(lines).toContain('  tier2 --> tier3: $500,000');
    expect(lines).toContain('  tier3grace --> tier2: After 3 quarters');
    expect(lines.filter((line) => line.includes('Below threshold'))).toHaveLength(3);
    expect(description).toContain(
      'enters a grace period: 1 quarter at Silver, 2 quarters at Gold and 3 quarters at Platinum.',
    );
    expect(description).toMatch(/^Partners start at Registered when the agreement is signed\./);
  });

  it('walks a five-tier ladder', () => {
    const { source } = ladderDiagram(five, 'review');
    expect(source).toContain('state "Elite #quot;Circle#quot; grace" as tier4grace');
    expect(source.split('\n').filter((line) => line.includes('Below threshold'))).toHaveLength(4);
  });
});
