import { describe, expect, it } from 'vitest';
import { renumbered } from './rows-editor';

describe('renumbered', () => {
  it('moves an id of the template or of another row to row n', () => {
    expect(renumbered('pf-0-name', 'pf', 4)).toBe('pf-4-name');
    expect(renumbered('pf-12-requested', 'pf', 3)).toBe('pf-3-requested');
    expect(renumbered('pps-bracket-2-upto', 'pps-bracket', 1)).toBe('pps-bracket-1-upto');
  });

  it('moves every id in a list, such as aria-describedby', () => {
    expect(renumbered('pf-3-pipeline-hint pf-3-pipeline-error', 'pf', 2)).toBe(
      'pf-2-pipeline-hint pf-2-pipeline-error',
    );
  });

  it("leaves ids of other prefixes and the host's own ids alone", () => {
    expect(renumbered('pf-pool', 'pf', 2)).toBe('pf-pool');
    expect(renumbered('xpf-3-name', 'pf', 2)).toBe('xpf-3-name');
    expect(renumbered('pps-bracket-3-rate', 'pf', 2)).toBe('pps-bracket-3-rate');
    expect(renumbered('other-hint pf-5-name-error', 'pf', 1)).toBe('other-hint pf-1-name-error');
  });
});
