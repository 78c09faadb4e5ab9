import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildChecklist,
  checklistKeys,
  loadChecked,
  parseSavedState,
  progressText,
  resetAnnouncement,
  saveChecked,
  serialiseState,
  slugify,
  storageKey,
  type KeyValueStore,
} from '../../src/lib/checklist';

/** An in-memory Web Storage stand-in. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** Storage that throws on every call, as Safari and Chromium do when site data is blocked. */
const blockedStore: KeyValueStore = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const launch = buildChecklist('program-launch', [
  {
    heading: 'Phase 1: Foundation (months 1–2)',
    items: ['Define partner types and ideal profiles', { text: 'Draft partner agreement', detail: 'Legal review.' }],
  },
  { heading: 'Phase 2: Pilot (months 3–4)', items: ['Recruit 10–20 pilot partners', 'Gather feedback'] },
  { heading: 'Phase 3: Launch (month 5+)', items: ['Gather feedback', 'Announce the program publicly'] },
]);
const launchKeys = checklistKeys(launch);

describe('slugify', () => {
  it.each([
    ['Draft partner agreement (legal review)', 'draft-partner-agreement-legal-review'],
    ['Recruit 10–20 pilot partners', 'recruit-10-20-pilot-partners'],
    ['  Café résumé  ', 'cafe-resume'],
    ['Week -6: align on the concept', 'week-6-align-on-the-concept'],
    ['!!!', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('never exceeds 64 characters or ends in a hyphen', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug.length).toBeLessThanOrEqual(64);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('buildChecklist', () => {
  it('counts every item and keeps the groups in order', () => {
    expect(launch.total).toBe(6);
    expect(launch.groups.map((group) => group.heading)).toEqual([
      'Phase 1: Foundation (months 1–2)',
      'Phase 2: Pilot (months 3–4)',
      'Phase 3: Launch (month 5+)',
    ]);
  });

  it('gives group headings ids prefixed by the checklist id', () => {
    expect(launch.groups[0]?.headingId).toBe('program-launch--phase-1-foundation-months-1-2');
  });

  it('keeps an item detail and trims the text', () => {
    const built = buildChecklist('x', [
      { heading: 'A', items: ['  padded  ', { text: 'Sign', detail: '  Both sides.  ' }] },
    ]);
    expect(built.groups[0]?.items).toEqual([
      { key: 'padded', text: 'padded' },
      { key: 'sign', text: 'Sign', detail: 'Both sides.' },
    ]);
  });

  it('gives the same wording a distinct key each time it appears', () => {
    expect(launchKeys.filter((key) => key.startsWith('gather-feedback'))).toEqual([
      'gather-feedback',
      'gather-feedback-2',
    ]);
    expect(new Set(launchKeys).size).toBe(launchKeys.length);
  });

  it('keeps the keys of other items when an item is added or moved', () => {
    const reordered = buildChecklist('program-launch', [
      { heading: 'Phase 3: Launch (month 5+)', items: ['Announce the program publicly', 'Write a launch blog post'] },
      { heading: 'Phase 1: Foundation (months 1–2)', items: ['Define partner types and ideal profiles'] },
    ]);
    expect(checklistKeys(reordered)).toEqual(
      expect.arrayContaining(['announce-the-program-publicly', 'define-partner-types-and-ideal-profiles']),
    );
  });

  it('falls back to a numbered key or heading id when the text has no letters or digits', () => {
    const built = buildChecklist('x', [{ heading: '★', items: ['✓', '✓'] }]);
    expect(built.groups[0]?.headingId).toBe('x--group-1');
    expect(checklistKeys(built)).toEqual(['item', 'item-2']);
  });

  it.each([
    ['Program Launch', [{ heading: 'A', items: ['a'] }], /lower-case words/],
    ['', [{ heading: 'A', items: ['a'] }], /lower-case words/],
    ['launch', [], /has no items/],
    ['launch', [{ heading: 'Empty', items: [] }], /"Empty" has no items/],
    ['launch', [{ heading: 'A', items: ['   '] }], /has no text/],
  ])('rejects id %j with groups %j', (id, groups, message) => {
    expect(() => buildChecklist(id, groups)).toThrow(message);
  });
});

describe('progressText and resetAnnouncement', () => {
  it.each([
    [0, 24, '0 of 24 done'],
    [7, 24, '7 of 24 done'],
    [24, 24, '24 of 24 done'],
  ])('%i of %i', (done, total, text) => {
    expect(progressText(done, total)).toBe(text);
  });

  it('names the checklist and the empty count', () => {
    expect(resetAnnouncement('Program launch checklist', 24)).toBe('Program launch checklist reset. 0 of 24 done.');
  });
});

describe('parseSavedState', () => {
  const saved = serialiseState(['gather-feedback', 'recruit-10-20-pilot-partners']);

  it('reads back what serialiseState wrote', () => {
    expect(parseSavedState(saved, launchKeys)).toEqual(new Set(['gather-feedback', 'recruit-10-20-pilot-partners']));
  });

  it('drops keys of items that no longer exist', () => {
    const withStale = serialiseState(['gather-feedback', 'an-item-since-deleted']);
    expect(parseSavedState(withStale, launchKeys)).toEqual(new Set(['gather-feedback']));
  });

  it.each([
    ['nothing saved', null],
    ['an empty string', ''],
    ['broken JSON', '{"version":1,"checked":['],
    ['JSON null', 'null'],
    ['a bare array', '["gather-feedback"]'],
    ['a number', '42'],
    ['another version', '{"version":2,"checked":["gather-feedback"]}'],
    ['no version', '{"checked":["gather-feedback"]}'],
    ['checked as an object', '{"version":1,"checked":{"gather-feedback":true}}'],
    ['checked as a string', '{"version":1,"checked":"gather-feedback"}'],
  ])('ignores %s', (_case, raw) => {
    expect(parseSavedState(raw, launchKeys)).toEqual(new Set());
  });

  it('skips entries that are not strings', () => {
    const raw = '{"version":1,"checked":[1,null,{"key":"x"},"gather-feedback",true]}';
    expect(parseSavedState(raw, launchKeys)).toEqual(new Set(['gather-feedback']));
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = parseSavedState(raw, launchKeys);
        for (const key of result) expect(launchKeys).toContain(key);
      }),
    );
  });

  it('round-trips any subset of the known keys', () => {
    fc.assert(
      fc.property(fc.subarray(launchKeys), (subset) => {
        expect(parseSavedState(serialiseState(subset), launchKeys)).toEqual(new Set(subset));
      }),
    );
  });
});

describe('loadChecked and saveChecked', () => {
  it('saves under a key named after the checklist and loads it back', () => {
    const store = memoryStore();
    expect(saveChecked(store, 'program-launch', ['gather-feedback'])).toBe(true);
    expect([...store.data.keys()]).toEqual([storageKey('program-launch')]);
    expect(loadChecked(store, 'program-launch', launchKeys)).toEqual({
      checked: new Set(['gather-feedback']),
      storageWorks: true,
    });
  });

  it('keeps two checklists apart', () => {
    const store = memoryStore();
    saveChecked(store, 'program-launch', ['gather-feedback']);
    expect(loadChecked(store, 'qbr-preparation', launchKeys).checked).toEqual(new Set());
  });

  it('removes the entry when nothing is ticked, so a reset leaves no trace', () => {
    const store = memoryStore({ [storageKey('program-launch')]: serialiseState(['gather-feedback']) });
    expect(saveChecked(store, 'program-launch', [])).toBe(true);
    expect(store.data.size).toBe(0);
  });

  it('starts empty from corrupt data without throwing', () => {
    const store = memoryStore({ [storageKey('program-launch')]: '{oops' });
    expect(loadChecked(store, 'program-launch', launchKeys)).toEqual({ checked: new Set(), storageWorks: true });
  });

  it('reports storage that is missing or blocked instead of throwing', () => {
    expect(loadChecked(null, 'program-launch', launchKeys)).toEqual({ checked: new Set(), storageWorks: false });
    expect(loadChecked(blockedStore, 'program-launch', launchKeys)).toEqual({
      checked: new Set(),
      storageWorks: false,
    });
    expect(saveChecked(null, 'program-launch', ['gather-feedback'])).toBe(false);
    expect(saveChecked(blockedStore, 'program-launch', ['gather-feedback'])).toBe(false);
    expect(saveChecked(blockedStore, 'program-launch', [])).toBe(false);
  });
});
