/**
 * Content folders and the section names readers see for them: the sidebar groups in
 * astro.config.mjs and the "section" shown beside each search result both come from here.
 */
export const sections = {
  reference: 'Start here',
  strategy: 'Strategy',
  'partner-types': 'Partner types',
  lifecycle: 'Lifecycle stages',
  program: 'Program design',
  enablement: 'Enablement assets',
  economics: 'Economics',
  checklists: 'Checklists',
  templates: 'Templates',
  hub: 'Partner hub',
  tools: 'Tools',
} as const;

export type SectionFolder = keyof typeof sections;

/** The section a page belongs to, from its id (`tools/commission` → `Tools`); top-level pages have none. */
export function sectionOf(pageId: string): string | undefined {
  const folder = pageId.split('/')[0] ?? '';
  return folder in sections ? sections[folder as SectionFolder] : undefined;
}
