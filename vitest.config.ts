/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests for src/lib (pure) and server-rendered components (Astro Container API). */
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // Build tests start Astro on a fixture project; each takes seconds, not milliseconds.
    testTimeout: 180_000,
    environment: 'node',
  },
});
