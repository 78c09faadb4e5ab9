import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageMeta from '../../src/components/PageMeta.astro';

// The locals a Starlight route would provide; only the fields PageMeta reads are filled in.
const render = async (data: Record<string, unknown>) => {
  const container = await AstroContainer.create();
  const entryData = {
    audience: ['team', 'partner'],
    owner: 'Partner programs',
    reviewEvery: 'quarterly',
    description: 'Summary.',
    ...data,
  };
  const locals = { starlightRoute: { entry: { data: entryData } } } as unknown as App.Locals;
  return container.renderToString(PageMeta, { locals });
};

describe('PageMeta', () => {
  it('shows owner, audience and review date, and no notice when the review is current', async () => {
    const html = await render({ lastReviewed: new Date() });
    expect(html).toContain('Partner programs');
    expect(html).toContain('Partnerships team and Partners');
    expect(html).not.toContain('Review due');
  });

  it('shows a review-due notice naming the dates when the cadence has passed', async () => {
    const html = await render({ lastReviewed: new Date('2024-01-15T00:00:00Z'), reviewEvery: 'annually' });
    expect(html).toContain('Review due.');
    expect(html).toContain('last reviewed on 2024-01-15');
    expect(html).toContain('fell due on 2025-01-15');
  });
});
