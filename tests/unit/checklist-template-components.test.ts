/**
 * Checklist.astro and Template.astro rendered on the server with the Astro Container API:
 * what a reader without JavaScript, a search indexer and a strict CSP each get.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import Checklist from '../../src/components/Checklist.astro';
import Template from '../../src/components/Template.astro';

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    return [...(test(child) ? [child] : []), ...findAll(child, test)];
  });
}
const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
const closest = (tree: Root, target: Element, test: (element: Element) => boolean): Element | undefined =>
  findAll(tree, (el) => test(el) && findAll(el, (inner) => inner === target).length > 0).at(-1);

/** html-validate loads its element rules on first use, which can take seconds on a busy machine. */
const htmlValidateTimeout = 30_000;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Custom elements carry the widgets; their names are prefixed, which the rule cannot know.
  rules: { 'no-unknown-elements': 'off' },
  elements: ['html5', { 'pp-checklist': { flow: true }, 'pp-template': { flow: true } }],
});
const htmlProblems = async (html: string) =>
  (await validator.validateString(html)).results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  );

/** Strict CSP forbids these; the components must never emit them. */
function cspViolations(tree: Root): string[] {
  return findAll(tree, () => true).flatMap((element) =>
    Object.keys(element.properties)
      .filter((name) => name === 'style' || /^on[A-Z]/.test(name))
      .map((name) => `<${element.tagName} ${name}>`),
  );
}

const groups = [
  {
    heading: 'Phase 1: Foundation (months 1–2)',
    items: [
      'Define partner types and ideal profiles',
      { text: 'Draft the partner agreement', detail: 'Legal signs off.' },
    ],
  },
  { heading: 'Phase 2: Pilot (months 3–4)', items: ['Recruit 10–20 pilot partners'] },
];

describe('Checklist', () => {
  let html = '';
  let tree: Root;
  beforeAll(async () => {
    const container = await AstroContainer.create();
    html = await container.renderToString(Checklist, {
      props: { id: 'program-launch', title: 'Program launch checklist', groups },
    });
    tree = fromHtml(html, { fragment: true });
  }, 30_000);

  it(
    'is valid HTML without inline styles or event handlers',
    async () => {
      expect(await htmlProblems(html)).toEqual([]);
      expect(cspViolations(tree)).toEqual([]);
    },
    htmlValidateTimeout,
  );

  it('renders one native checkbox per item, each with its own label', () => {
    const boxes = findAll(tree, (el) => el.tagName === 'input' && el.properties['type'] === 'checkbox');
    expect(boxes).toHaveLength(3);
    const labels = findAll(tree, (el) => el.tagName === 'label' && el.properties['htmlFor'] !== undefined);
    const labelText = (id: unknown) =>
      textOf(labels.find((label) => String(label.properties['htmlFor']) === String(id))!).trim();
    expect(boxes.map((box) => labelText(box.properties['id']))).toEqual([
      'Define partner types and ideal profiles',
      'Draft the partner agreement',
      'Recruit 10–20 pilot partners',
    ]);
  });

  it('groups items under real headings', () => {
    const headings = findAll(tree, (el) => el.tagName === 'h3');
    expect(headings.map((heading) => textOf(heading).trim())).toEqual([
      'Phase 1: Foundation (months 1–2)',
      'Phase 2: Pilot (months 3–4)',
    ]);
    expect(findAll(tree, (el) => el.tagName === 'ul')).toHaveLength(2);
  });

  it('ties an item detail to its checkbox', () => {
    const [box] = findAll(tree, (el) => el.properties['value'] === 'draft-the-partner-agreement');
    const [detailId] = box!.properties['ariaDescribedBy'] as string[];
    const [detail] = findAll(tree, (el) => el.properties['id'] === detailId);
    expect(textOf(detail!)).toBe('Legal signs off.');
  });

  it('keeps the progress bar, its text and the reset button out of the search index, but not the items', () => {
    for (const selector of [
      (el: Element) => el.tagName === 'progress',
      (el: Element) => el.tagName === 'button',
      (el: Element) => el.properties['role'] === 'status',
    ]) {
      const [element] = findAll(tree, selector);
      expect(closest(tree, element!, (el) => el.properties['dataPagefindIgnore'] !== undefined)).toBeDefined();
    }
    const [firstLabel] = findAll(tree, (el) => el.tagName === 'label' && textOf(el).includes('Define partner'));
    expect(closest(tree, firstLabel!, (el) => el.properties['dataPagefindIgnore'] !== undefined)).toBeUndefined();
  });

  it('starts with the progress row hidden until the script can keep it true', () => {
    const [progress] = findAll(tree, (el) => el.tagName === 'progress');
    expect(String(progress!.properties['max'])).toBe('3');
    const status = closest(tree, progress!, (el) => el.properties['dataChecklistStatus'] !== undefined);
    expect(status!.properties['hidden']).toBe(true);
    expect(textOf(status!)).toContain('0 of 3 done');
  });

  it('accepts a flat list without group headings', async () => {
    const container = await AstroContainer.create();
    const flat = await container.renderToString(Checklist, {
      props: { id: 'flat', title: 'Flat', items: ['One', 'Two'] },
    });
    expect(flat).not.toMatch(/<h[2-4]/);
    expect(flat.match(/type="checkbox"/g)).toHaveLength(2);
  });

  it('fails the build when an author gives both groups and items', async () => {
    const container = await AstroContainer.create();
    await expect(
      container.renderToString(Checklist, { props: { id: 'both', title: 'Both', groups, items: ['x'] } }),
    ).rejects.toThrow(/either `groups` or `items`/);
  });
});

describe('Template', () => {
  const source = '# Campaign brief\n\n| Field | Value |\n| --- | --- |\n| Partner | [Partner name] <&> |\n';
  let html = '';
  let tree: Root;
  beforeAll(async () => {
    const container = await AstroContainer.create();
    html = await container.renderToString(Template, {
      props: { title: 'Campaign brief', file: 'campaign-brief', source },
    });
    tree = fromHtml(html, { fragment: true });
  }, 30_000);

  it(
    'is valid HTML without inline styles or event handlers',
    async () => {
      expect(await htmlProblems(html)).toEqual([]);
      expect(cspViolations(tree)).toEqual([]);
    },
    htmlValidateTimeout,
  );

  it('shows the template text exactly, escaped', () => {
    const [code] = findAll(tree, (el) => el.properties['dataTemplateSource'] !== undefined);
    expect(textOf(code!)).toBe(source);
    expect(html).toContain('[Partner name] &lt;&amp;&gt;');
  });

  it('names the download file and the buttons', () => {
    const [element] = findAll(tree, (el) => el.tagName === 'pp-template');
    expect(element!.properties['dataFileName']).toBe('campaign-brief.md');
    const buttons = findAll(tree, (el) => el.tagName === 'button').map((button) => textOf(button).trim());
    expect(buttons).toEqual(['Copy the Campaign brief template', 'Download .md file of the Campaign brief template']);
  });

  it('hides the buttons until the script can make them work, and keeps them out of the index', () => {
    const [actions] = findAll(tree, (el) => el.properties['dataTemplateActions'] !== undefined);
    expect(actions!.properties['hidden']).toBe(true);
    expect(actions!.properties['dataPagefindIgnore']).toBe('all');
  });

  it('fails the build on an empty template', async () => {
    const container = await AstroContainer.create();
    await expect(
      container.renderToString(Template, { props: { title: 'Empty', file: 'empty', source: '  \n' } }),
    ).rejects.toThrow(/has no text/);
  });
});
