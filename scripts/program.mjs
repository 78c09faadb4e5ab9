#!/usr/bin/env node
/**
 * Program file tasks that run outside a build, through Vite so they share the site's TypeScript:
 *   node scripts/program.mjs schema   writes content/program.schema.json
 *   node scripts/program.mjs check    prints each tier's economics; exits 1 when a guardrail breaks
 * PLAYBOOK_PROGRAM and PLAYBOOK_DATE work as they do for a build.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const task = process.argv[2];
const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  if (task === 'schema') {
    const { programJsonSchema } = await server.ssrLoadModule('/src/program/json-schema.ts');
    writeFileSync('content/program.schema.json', programJsonSchema());
    console.log('Wrote content/program.schema.json');
  } else if (task === 'check') {
    const { runCheck } = await server.ssrLoadModule('/src/program/check.ts');
    process.exitCode = runCheck(process.env, (line) => console.log(line));
  } else {
    console.error('Usage: node scripts/program.mjs schema|check');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await server.close();
}
