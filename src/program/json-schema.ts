/**
 * The JSON Schema of content/program.yaml, generated from the zod schema so editors
 * (VS Code's YAML extension, JetBrains) autocomplete fields and flag mistakes while typing.
 * `npm run program:schema` writes it to content/program.schema.json; a unit test fails when
 * the file is stale.
 */
import { z } from 'astro/zod';
import { programSchema } from './schema';

export function programJsonSchema(): string {
  const schema = z.toJSONSchema(programSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Partner program', $id: 'program.schema.json' }, null, 2)}\n`;
}
