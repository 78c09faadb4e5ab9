/**
 * `{{path}}` tokens in text that cannot hold components (code fences, diagrams, copyable
 * templates) become formatted program figures: "Protected for {{dealRegistration.protectionDays}}"
 * → "Protected for 30 days". An unknown path throws, naming it.
 *
 * Public API
 * - `fillFigures(text, figure)` — with any `figure(path) → string`; `programToken` — the pattern.
 */
export const programToken = /\{\{\s*([A-Za-z][\w.@-]*)\s*\}\}/g;

export function fillFigures(text: string, figure: (path: string) => string): string {
  return text.replace(programToken, (_match, path: string) => figure(path));
}
