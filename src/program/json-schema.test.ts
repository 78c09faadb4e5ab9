import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programJsonSchema } from './json-schema';

describe('content/program.schema.json', () => {
  it('is the schema generated from src/program/schema.ts (run `npm run program:schema` after changing it)', () => {
    expect(readFileSync('content/program.schema.json', 'utf8')).toBe(programJsonSchema());
  });

  it('lets an editor flag a misspelt key and a threshold typed as text', () => {
    const schema = JSON.parse(programJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    const requires = schema.properties.tiers.items.properties.requires;
    expect(requires.properties.revenue.type).toBe('number');
    expect(requires.additionalProperties).toBe(false);
  });
});
