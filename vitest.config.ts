/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests for src/lib (pure) and server-rendered components (Astro Container API). */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
