/**
 * Our Markdown transforms on Astro's Sätteri engine (the Rust Markdown/MDX compiler behind Astro 7).
 *
 * Each transform is written as a plain function over an mdast or hast tree (`(tree, file) => void`,
 * the shape unified plugins have), so it reads and tests like any tree walk. Here they run as two
 * Sätteri plugins: one for mdast (team-only blocks, program figures, diagrams), one for hast
 * (glossary links, task-list labels, scrollable tables, unpublished links). Each plugin copies the
 * document's tree out of Rust once, runs its transforms in order on the copy, and hands the copy
 * back once, so a page costs two crossings, whatever the number of transforms.
 *
 * Why not unified: configuring any remark or rehype plugin switches Astro to the JavaScript unified
 * pipeline for every page, which at 1,000 pages costs more than the rest of the build together
 * (`npm run bench` prices it as "markdown-plugins").
 *
 * Public API
 * - `mdastPlugin(name, transforms)`, `hastPlugin(name, transforms)` — the Sätteri plugin entries.
 *   A transform list may be empty for a document (`when(source)` false): the plugin then stays
 *   out of that document's pipeline.
 */
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { HastPluginEntry, MdastPluginEntry, PluginFactoryContext } from 'satteri';

export interface Transform<Tree> {
  readonly run: (tree: Tree, file: VFile) => void;
  /** Whether this document needs the transform at all, from its source text; default always. */
  readonly when?: (source: string, path: string) => boolean;
}

/** A node of the tree as Sätteri hands it out, with its private bookkeeping fields. */
type Lazy = Record<string, unknown> & { children?: readonly Lazy[] };

/** A plain, mutable copy of a tree read from Sätteri (its fields starting with `_` are internal). */
function plainCopy<Tree>(node: Lazy): Tree {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (key.startsWith('_')) continue;
    const value = node[key];
    // Sätteri freezes what it hands out (properties, data, attributes): the transforms get their own.
    copy[key] =
      key === 'children' && Array.isArray(value)
        ? value.map((child: Lazy) => plainCopy(child))
        : typeof value === 'object' && value !== null
          ? structuredClone(value)
          : value;
  }
  return copy as Tree;
}

function chosen<Tree>(transforms: readonly Transform<Tree>[], context: PluginFactoryContext) {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
  return { path, active: transforms.filter((t) => t.when?.(context.source, path) ?? true) };
}

interface HookContext {
  replaceNode(node: never, replacement: never): void;
}

function hook<Tree>(active: readonly Transform<Tree>[], path: string) {
  return (root: unknown, ctx: HookContext) => {
    const tree = plainCopy<Tree>(root as Lazy);
    const file = new VFile(path ? { path } : {});
    for (const transform of active) transform.run(tree, file);
    ctx.replaceNode(root as never, tree as never);
  };
}

/** One plugin entry for either tree: the transforms this document needs, or none (the plugin stays out). */
function treePlugin<Tree>(name: string, transforms: readonly Transform<Tree>[]) {
  return (context: PluginFactoryContext) => {
    const { path, active } = chosen(transforms, context);
    return active.length === 0 ? null : { name, before: hook(active, path) };
  };
}

export const mdastPlugin = (name: string, transforms: readonly Transform<MdastRoot>[]): MdastPluginEntry =>
  treePlugin(name, transforms);

export const hastPlugin = (name: string, transforms: readonly Transform<HastRoot>[]): HastPluginEntry =>
  treePlugin(name, transforms);
