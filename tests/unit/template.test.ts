import { describe, expect, it } from 'vitest';
import { markdownFileName } from '../../src/lib/template';

describe('markdownFileName', () => {
  it.each([
    ['campaign-brief', 'campaign-brief.md'],
    ['campaign-brief.md', 'campaign-brief.md'],
    ['QBR agenda', 'qbr-agenda.md'],
    ['MDF request (Q3)', 'mdf-request-q3.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['Partner one-pager.MARKDOWN', 'partner-one-pager.md'],
    ['', 'template.md'],
    ['★', 'template.md'],
  ])('%j → %s', (name, fileName) => {
    expect(markdownFileName(name)).toBe(fileName);
  });
});
