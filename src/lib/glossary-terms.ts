/**
 * The terms every page links to the glossary on first use (src/build/rehype-glossary-links.ts).
 * Each anchor is a heading on /reference/glossary/; tests/dist/glossary.test.ts fails when one
 * is missing there, or when a hub page uses a term without linking it. Longer phrases come
 * before the shorter ones they contain, so "partner-sourced revenue" wins over "sourced".
 */
export interface GlossaryTerm {
  /** The heading id on the glossary page. */
  readonly anchor: string;
  /** Matches the term in running text. */
  readonly pattern: RegExp;
}

export const glossaryTerms: readonly GlossaryTerm[] = [
  { anchor: 'first-year-value', pattern: /\bfirst-year value\b/i },
  { anchor: 'partner-sourced-revenue', pattern: /\bpartner-sourced revenue\b/i },
  { anchor: 'partner-influenced-revenue', pattern: /\bpartner-influenced revenue\b/i },
  { anchor: 'sourced', pattern: /\b(?<!-)sourced\b/i },
  { anchor: 'influenced', pattern: /\b(?<!-)influenced\b/i },
  { anchor: 'active-partner', pattern: /\bactive partners?\b/i },
  { anchor: 'landmine-questions', pattern: /\blandmine questions?\b/i },
  { anchor: 'listing-levels', pattern: /\blisting levels?\b/i },
  { anchor: 'lead-sharing-levels', pattern: /\blead-sharing levels?\b/i },
  { anchor: 'holdback', pattern: /\bholdback\b/i },
  { anchor: 'renewal-commission', pattern: /\brenewal commission\b/i },
  { anchor: 'mdf', pattern: /\bMDF\b/ },
  { anchor: 'arr', pattern: /\bARR\b/ },
  { anchor: 'qbr', pattern: /\bQBRs?\b/ },
  { anchor: 'prm', pattern: /\bPRM\b/ },
  { anchor: 'spiff', pattern: /\bSPIFFs?\b/ },
  { anchor: 'deal-registration', pattern: /\bdeal registration\b/i },
  { anchor: 'protection-window', pattern: /\bprotection (window|period)\b/i },
  { anchor: 'clawback', pattern: /\bclawbacks?\b/i },
  { anchor: 'rebate', pattern: /\b(volume )?rebates?\b/i },
  { anchor: 'co-sell', pattern: /\bco-sell(ing)?\b/i },
  { anchor: 'grace-period', pattern: /\bgrace period\b/i },
  { anchor: 'battle-card', pattern: /\bbattle cards?\b/i },
  { anchor: 'cookie-window', pattern: /\bcookie window\b/i },
  { anchor: 'channel-conflict', pattern: /\bchannel conflict\b/i },
  { anchor: 'executive-sponsor', pattern: /\bexecutive sponsor\b/i },
];
