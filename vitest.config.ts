/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests beside the code in src/ (pure models and views, the calculator kit), tests/unit (server-rendered
 * components via the Astro Container API, plugins), and the build and dist checks. */
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // Build tests start Astro on a fixture project; each takes seconds, not milliseconds.
    testTimeout: 180_000,
    environment: 'node',
    // The program's dated changes apply by date: fix "today" so tests read the same program every day.
    env: { PLAYBOOK_DATE: '2026-11-29' },
  },
});
