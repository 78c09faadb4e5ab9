/**
 * "Copy link", "Copy as Markdown" and "Copy as CSV". Uses the Clipboard API; where the browser
 * refuses (no permission, insecure context, old browser) the text appears in a read-only,
 * selected textarea so the reader can copy it by hand. Status goes to a polite live region.
 *
 * Public API
 * - `wireCopyToolbar(toolbar, sources)` — `toolbar` is the element rendered by
 *   src/calculator/CopyToolbar.astro; `sources` maps `link`, `markdown` and `csv` to
 *   functions that produce the text at click time. Buttons without a source are hidden.
 * - `CopySources`.
 */

export type CopyKind = 'link' | 'markdown' | 'csv';
export type CopySources = Partial<Record<CopyKind, () => string>>;

const names: Record<CopyKind, string> = { link: 'Link', markdown: 'Markdown', csv: 'CSV' };
let fallbackCount = 0;

function showFallback(text: string, toolbar: HTMLElement, what: string): void {
  const host = toolbar.querySelector<HTMLElement>('[data-copy-fallback]');
  if (!host) return;
  const id = `pp-copy-fallback-${++fallbackCount}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${what}: the browser blocked copying, so the text is selected here. Press Ctrl+C (⌘C on a Mac).`;
  const area = document.createElement('textarea');
  area.id = id;
  area.readOnly = true;
  area.rows = Math.min(10, Math.max(2, text.split('\n').length));
  area.value = text;
  host.replaceChildren(label, area);
  host.hidden = false;
  area.focus();
  area.select();
}

/** Copies with the fallback above; `what` names the content in the status message ("Link copied."). */
async function copyText(text: string, toolbar: HTMLElement, what: string): Promise<void> {
  const status = toolbar.querySelector<HTMLElement>('[data-copy-status]');
  const host = toolbar.querySelector<HTMLElement>('[data-copy-fallback]');
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    if (host) {
      host.hidden = true;
      host.replaceChildren();
    }
    if (status) status.textContent = `${what} copied.`;
  } catch {
    showFallback(text, toolbar, what);
    if (status) status.textContent = `${what} is ready to copy in the box below.`;
  }
}

export function wireCopyToolbar(toolbar: HTMLElement, sources: CopySources): void {
  for (const button of toolbar.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const kind = button.dataset['copy'] as CopyKind;
    const source = sources[kind];
    if (!source) {
      button.hidden = true;
      continue;
    }
    button.disabled = false;
    button.addEventListener('click', () => void copyText(source(), toolbar, names[kind]));
  }
}
