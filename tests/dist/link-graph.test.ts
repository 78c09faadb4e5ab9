import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assets, partnerTypes, stages } from '../../src/lib/taxonomy';
import { builtPages } from './checks';

/** Links written in page content (not the sidebar or pagination), as site paths. */
const dist = join(resolve(import.meta.dirname, '../..'), 'dist');
const contentLinks = new Map(
  builtPages(dist).map((page) => {
    const start = page.html.indexOf('class="sl-markdown-content"');
    const end = page.html.indexOf('<footer', start);
    const content = start >= 0 ? page.html.slice(start, end >= 0 ? end : undefined) : '';
    const targets = [...content.matchAll(/\shref="(\/[^"#?]*)/g)].map((match) => {
      const path = match[1] ?? '/';
      return path.endsWith('/') ? path : `${path}/`;
    });
    return [page.url, new Set(targets.filter((target) => target !== page.url))];
  }),
);
const linksFrom = (url: string) => contentLinks.get(url) ?? new Set<string>();

describe('the playbook links itself together', () => {
  it('every page is linked from the content of another page (no orphans)', () => {
    const linked = new Set([...contentLinks.values()].flatMap((targets) => [...targets]));
    const orphans = [...contentLinks.keys()].filter(
      (url) => !['/', '/404.html', '/search/'].includes(url) && !linked.has(url),
    );
    expect(orphans).toEqual([]);
  });

  it.each(partnerTypes)('the %s page links every lifecycle stage, an enablement asset and a calculator', (type) => {
    const links = linksFrom(`/partner-types/${type}/`);
    for (const stage of stages) expect(links, `missing /lifecycle/${stage}/`).toContain(`/lifecycle/${stage}/`);
    expect([...links].some((link) => link.startsWith('/enablement/'))).toBe(true);
    expect([...links].some((link) => link.startsWith('/tools/'))).toBe(true);
  });

  it.each(stages)('the %s stage page links back to every partner type', (stage) => {
    const links = linksFrom(`/lifecycle/${stage}/`);
    for (const type of partnerTypes)
      expect(links, `missing /partner-types/${type}/`).toContain(`/partner-types/${type}/`);
  });

  it.each(assets)('the %s asset page is linked from a partner type page and links back to one', (asset) => {
    const path = `/enablement/${asset}/`;
    const fromTypes = partnerTypes.filter((type) => linksFrom(`/partner-types/${type}/`).has(path));
    expect(fromTypes.length, `no partner type page links ${path}`).toBeGreaterThan(0);
    expect([...linksFrom(path)].some((link) => link.startsWith('/partner-types/'))).toBe(true);
  });
});
