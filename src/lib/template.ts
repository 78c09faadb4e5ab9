/**
 * Markdown templates readers copy or download (src/components/Template.astro). The text
 * itself lives in src/templates/*.md, imported with `?raw`, so the page shows, copies and
 * downloads the same bytes.
 */
import { slugify } from './checklist';

/** A safe, readable download name: "QBR agenda" → "qbr-agenda.md"; "battle-card.md" stays as it is. */
export function markdownFileName(name: string): string {
  const base = slugify(name.replace(/\.(md|markdown)$/i, ''));
  return `${base || 'template'}.md`;
}

/** The MIME type of the download; UTF-8 is stated so en dashes and currency signs survive. */
export const markdownMimeType = 'text/markdown;charset=utf-8';
