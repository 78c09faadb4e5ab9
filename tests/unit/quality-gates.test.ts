import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withMetaPolicy } from '../../src/build/security-headers';
import {
  brokenReferences,
  builtPages,
  imagesOverTotal,
  invalidHtml,
  missingImages,
  overBudget,
  oversizedImages,
  unhashedInlineScripts,
} from '../dist/checks';

/**
 * Each quality gate run over a deliberately broken build folder: proof that the checks over the
 * real builds (tests/dist) fail when what they guard breaks.
 */
// Inside the project, so html-validate finds the repository's .htmlvalidate.mjs as it does for dist/.
const fixtures = resolve(import.meta.dirname, '../../.fixtures');
mkdirSync(fixtures, { recursive: true });
const dir = mkdtempSync(join(fixtures, 'bad-dist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body><main>${body}</main></body></html>`;
function write(path: string, content: string | Buffer) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

write(
  'index.html',
  withMetaPolicy(
    page('<h1 id="top">Home</h1><a href="/good/">good</a><a href="/good/#missing">anchor</a><a href="/gone/">gone</a>'),
  ),
);
write(
  'good/index.html',
  withMetaPolicy(page('<h1 id="good">Good</h1><div><p>unclosed</div><script src="/big.js"></script>')),
);
write('big.js', Array.from({ length: 4000 }, (_, index) => `console.log(${index * 7919});`).join('\n'));
write('tampered/index.html', withMetaPolicy(page('<h1>T</h1>')).replace('</main>', '<script>alert(1)</script></main>'));
write('huge.png', Buffer.alloc(300 * 1024, 1));
write('small.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
write(
  'pictures/index.html',
  withMetaPolicy(
    page(
      '<h1>Pictures</h1><img src="/huge.png" alt="huge"><img src="../gone.png" alt="gone">' +
        '<picture><source srcset="/small.svg 1x, /gone-2x.webp 2x"><img src="https://example.com/a.png" alt="away"></picture>',
      '<link rel="icon" href="/small.svg"><link rel="apple-touch-icon" href="/touch.png">',
    ),
  ),
);
write('_headers', '/*\n  X-Content-Type-Options: nosniff\n');

describe('the quality gates catch a broken build', () => {
  it('links: a missing page and a missing anchor', () => {
    const problems = brokenReferences(dir);
    expect(problems).toContain('/ → /gone/ (no such file)');
    expect(problems).toContain('/ → /good/#missing (no id "missing")');
    expect(problems.join('\n')).not.toContain('/good/ (');
  });

  it('html-validate: an element closed in the wrong place', async () => {
    const problems = await invalidHtml(dir);
    expect(problems.join('\n')).toMatch(/good\/index\.html[\s\S]*no-implicit-close/);
  });

  it('CSP: an inline script added after the policy was computed, and a header file without the hashes', () => {
    const problems = unhashedInlineScripts(dir);
    expect(
      problems.some(
        (problem) => problem.startsWith('/tampered/: inline script') && problem.endsWith('not in its policy'),
      ),
    ).toBe(true);
    expect(problems.some((problem) => problem.endsWith('not in _headers'))).toBe(true);
  });

  it('byte budget: a page whose script is over its budget, named with its bytes', () => {
    const problems = overBudget(dir, builtPages(dir), () => 6 * 1024);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/good\/: \d+ B of JavaScript, budget 6144 B$/);
  });

  it('images: a file over 200 KB', () => {
    expect(oversizedImages(dir, 200 * 1024)).toEqual(['/huge.png: 307200 B, budget 204800 B']);
  });

  it('images: all of them together over their total, named with their bytes', () => {
    // huge.png (307,200 B) and small.svg (41 B).
    expect(imagesOverTotal(dir, 300 * 1024)).toEqual(['2 images: 307241 B together, budget 307200 B']);
    expect(imagesOverTotal(dir, 307_241)).toEqual([]);
  });

  it('images: an icon, an <img> and a srcset candidate that point at no file', () => {
    expect(missingImages(dir)).toEqual([
      '/pictures/ → /touch.png (no such image)',
      '/pictures/ → ../gone.png (no such image)',
      '/pictures/ → /gone-2x.webp (no such image)',
    ]);
  });
});
