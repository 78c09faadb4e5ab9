/**
 * Program figures inside code fences and diagrams, where MDX components cannot go:
 * `{{tiers.silver.requires.revenue}}` in a ```mermaid fence (its body, title and description)
 * or any other fence becomes the formatted figure ("$25,000"). An unknown path fails the build
 * naming the page, so a typo never reaches a reader as braces.
 */
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { fillFigures } from '../program/fill.ts';

export default function remarkProgramFigures(options: { figure: (path: string) => string }) {
  const replace = (text: string, file: VFile) =>
    fillFigures(text, (path) => {
      try {
        return options.figure(path);
      } catch (error) {
        throw new Error(`${file.path}: {{${path}}}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  return (tree: Root, file: VFile) => {
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'code') {
        const code = node as Code;
        code.value = replace(code.value, file);
        if (code.meta) code.meta = replace(code.meta, file);
      }
      node.children?.forEach((child) => walk(child as { type: string; children?: unknown[] }));
    };
    walk(tree);
  };
}
