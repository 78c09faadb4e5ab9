import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Program from './Program.astro';
import TierTable from './TierTable.astro';

// These render the default program (content/program.yaml) on PLAYBOOK_DATE or today. The
// figures asserted are read from the file's text here, not from the code under test.
describe('Program', () => {
  it('renders a figure with no whitespace around it, so punctuation can follow', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Program, { props: { path: 'dealRegistration.registerWithinDays' } });
    expect(html).toMatch(/data-program="dealRegistration.registerWithinDays"[^>]*>7 days<\/span>/);
  });

  it('fails loudly on a path the program does not have', async () => {
    const container = await AstroContainer.create();
    await expect(
      container.renderToString(Program, { props: { path: 'tiers.gould.requires.revenue' } }),
    ).rejects.toThrow('has no "tiers.gould.requires.revenue"');
  });
});

describe('TierTable', () => {
  it('renders a labelled, focusable scroll region with a row per tier', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TierTable, {
      props: { label: 'Tier rates', columns: ['referral', 'mdf'] },
    });
    expect(html).toContain('aria-label="Tier rates"');
    expect(html).toContain('tabindex="0"');
    expect(html.match(/<th scope="row"/g)).toHaveLength(4);
    expect(html).toMatch(/>Silver<\/th>\s*<td[^>]*>15%<\/td>\s*<td[^>]*>\$2,000<\/td>/);
  });
});
