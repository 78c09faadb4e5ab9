import { describe, expect, it } from 'vitest';
import { eagerCount, inRankOrder, type ListPace, type PagefindData, type PagefindResult } from './search-engine';

/** Results whose fragments are counted as they are asked for. */
function fakeResults(count: number) {
  const fetched: string[] = [];
  const results: PagefindResult[] = Array.from({ length: count }, (_, index) => ({
    id: `page-${index + 1}`,
    score: 1,
    data: async () => {
      fetched.push(`page-${index + 1}`);
      return { url: `/page-${index + 1}/`, content: '', excerpt: '', meta: {}, sub_results: [] } as PagefindData;
    },
  }));
  return { results, fetched };
}

/** A pace whose waits the test releases by hand. */
function manualPace() {
  const waiting: { kind: 'paused' | 'end'; release: () => void }[] = [];
  const pace: ListPace = {
    typingPaused: () => new Promise((resolve) => waiting.push({ kind: 'paused', release: resolve })),
    nearEnd: () => new Promise((resolve) => waiting.push({ kind: 'end', release: resolve })),
  };
  return { pace, waiting };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('inRankOrder', () => {
  it('fetches the top result at once, the next two once typing pauses, and each later one as the list end shows', async () => {
    const { results, fetched } = fakeResults(5);
    const { pace, waiting } = manualPace();
    const shown: string[] = [];
    const done = inRankOrder(
      results,
      () => true,
      (data) => shown.push(data.url),
      pace,
    );
    await settle();
    expect(shown).toEqual(['/page-1/']);
    expect(waiting.map((wait) => wait.kind)).toEqual(['paused']);

    waiting.shift()!.release();
    await settle();
    expect(shown).toEqual(['/page-1/', '/page-2/', '/page-3/']);
    expect(fetched).toEqual(['page-1', 'page-2', 'page-3']);

    waiting.shift()!.release();
    await settle();
    expect(fetched).toEqual(['page-1', 'page-2', 'page-3', 'page-4']);
    waiting.shift()!.release();
    expect(await done).toBe(true);
    expect(shown).toHaveLength(5);
  });

  it('fetches nothing more once a newer search has begun', async () => {
    const { results, fetched } = fakeResults(5);
    const { pace, waiting } = manualPace();
    let current = true;
    const done = inRankOrder(
      results,
      () => current,
      () => undefined,
      pace,
    );
    await settle();
    current = false;
    waiting.shift()!.release();
    expect(await done).toBe(false);
    expect(fetched).toEqual(['page-1']);
  });

  it('loads a short list without waiting for the reader', async () => {
    const { results } = fakeResults(1);
    const { pace, waiting } = manualPace();
    expect(
      await inRankOrder(
        results,
        () => true,
        () => undefined,
        pace,
      ),
    ).toBe(true);
    expect(waiting).toEqual([]);
  });
});

describe('eagerCount', () => {
  const { results } = fakeResults(12);

  it('is three when every result matches every word', () => {
    expect(eagerCount({ results, strictCount: 12 }, results)).toBe(3);
  });

  it('reaches the first partial match, so the reader sees what the status line announced', () => {
    expect(eagerCount({ results, strictCount: 4 }, results)).toBe(5);
    expect(eagerCount({ results, strictCount: 1 }, results)).toBe(3);
  });

  it('counts from where a later page of results starts', () => {
    expect(eagerCount({ results, strictCount: 4 }, results.slice(2))).toBe(3);
  });
});
