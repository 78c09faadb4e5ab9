/**
 * Interactive checklists: the structure authors write in MDX, and the saved progress a
 * reader's browser keeps per checklist. Rendered by src/components/Checklist.astro, whose
 * `pp-checklist` element calls the storage helpers here with `window.localStorage`.
 *
 * Saved progress is a list of item keys, not positions, so adding or reordering items keeps
 * every other tick. Editing an item's wording gives it a new key and clears that one tick.
 */

/** An item as an author writes it: the text alone, or the text plus a short note on what "done" means. */
export type ChecklistItemInput = string | { text: string; detail?: string };

export interface ChecklistGroupInput {
  heading: string;
  items: readonly ChecklistItemInput[];
}

export interface ChecklistItem {
  /** Stable within its checklist; the value stored when the item is ticked. */
  key: string;
  text: string;
  detail?: string;
}

export interface ChecklistGroup {
  heading: string;
  /** Fragment id for the group heading, unique on the page as long as checklist ids are. */
  headingId: string;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  groups: ChecklistGroup[];
  total: number;
}

const checklistIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII words joined by hyphens: "Draft partner agreement (legal review)" → "draft-partner-agreement-legal-review". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

function normaliseItem(input: ChecklistItemInput): { text: string; detail?: string } {
  const item = typeof input === 'string' ? { text: input } : input;
  const text = item.text.trim();
  const detail = item.detail?.trim();
  return detail ? { text, detail } : { text };
}

/**
 * Checks what the author wrote and gives every item a key. Throws (failing the build, with
 * the checklist named) on an id that cannot be a storage key, an empty group or an empty item.
 */
export function buildChecklist(id: string, groups: readonly ChecklistGroupInput[]): Checklist {
  if (!checklistIdPattern.test(id)) {
    throw new Error(`Checklist id "${id}" must be lower-case words joined by hyphens, such as "program-launch".`);
  }
  if (groups.length === 0) throw new Error(`Checklist "${id}" has no items.`);

  const usedKeys = new Map<string, number>();
  const uniqueKey = (base: string) => {
    const seen = (usedKeys.get(base) ?? 0) + 1;
    usedKeys.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  };

  const built = groups.map((group, groupIndex) => {
    if (group.items.length === 0) {
      throw new Error(`Checklist "${id}": the group "${group.heading}" has no items.`);
    }
    const heading = group.heading.trim();
    const items = group.items.map((input) => {
      const item = normaliseItem(input);
      if (item.text === '') throw new Error(`Checklist "${id}": an item in "${heading}" has no text.`);
      return { key: uniqueKey(slugify(item.text) || 'item'), ...item };
    });
    return { heading, headingId: `${id}--${slugify(heading) || `group-${groupIndex + 1}`}`, items };
  });

  return { id, groups: built, total: built.reduce((sum, group) => sum + group.items.length, 0) };
}

export function checklistKeys(checklist: Checklist): string[] {
  return checklist.groups.flatMap((group) => group.items.map((item) => item.key));
}

/** "7 of 24 done": the visible progress line and the progress bar's value text. */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} done`;
}

export function resetAnnouncement(title: string, total: number): string {
  return `${title} reset. ${progressText(0, total)}.`;
}

// ---------------------------------------------------------------------------------------------
// Saved progress

/** The part of the Web Storage interface the checklist uses; a Map-backed fake stands in for tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storageVersion = 1;

export function storageKey(checklistId: string): string {
  return `partner-playbook:checklist:${checklistId}`;
}

export function serialiseState(checked: Iterable<string>): string {
  return JSON.stringify({ version: storageVersion, checked: [...new Set(checked)].sort() });
}

/**
 * Reads what serialiseState wrote. Anything else (hand-edited JSON, another version, keys
 * of items that no longer exist) is ignored rather than trusted: the worst case is an
 * unticked item, never a broken page.
 */
export function parseSavedState(raw: string | null | undefined, knownKeys: Iterable<string>): Set<string> {
  if (!raw) return new Set();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return new Set();
  }
  if (typeof data !== 'object' || data === null) return new Set();
  const { version, checked } = data as { version?: unknown; checked?: unknown };
  if (version !== storageVersion || !Array.isArray(checked)) return new Set();
  const known = new Set(knownKeys);
  return new Set(checked.filter((key): key is string => typeof key === 'string' && known.has(key)));
}

export interface LoadResult {
  checked: Set<string>;
  /** False when the store could not be read; the page then says progress is not being saved. */
  storageWorks: boolean;
}

/** Storage can be missing (privacy modes) or throw on access (blocked cookies); both mean "start empty". */
export function loadChecked(store: KeyValueStore | null, checklistId: string, knownKeys: Iterable<string>): LoadResult {
  if (!store) return { checked: new Set(), storageWorks: false };
  try {
    return { checked: parseSavedState(store.getItem(storageKey(checklistId)), knownKeys), storageWorks: true };
  } catch {
    return { checked: new Set(), storageWorks: false };
  }
}

/** Returns false when the write failed (quota, blocked storage); the ticks on screen stay as they are. */
export function saveChecked(store: KeyValueStore | null, checklistId: string, checked: Iterable<string>): boolean {
  if (!store) return false;
  try {
    const keys = [...checked];
    if (keys.length === 0) store.removeItem(storageKey(checklistId));
    else store.setItem(storageKey(checklistId), serialiseState(keys));
    return true;
  } catch {
    return false;
  }
}
