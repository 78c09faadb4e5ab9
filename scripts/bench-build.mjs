#!/usr/bin/env node
/**
 * Builds the project in the current directory with Astro's programmatic API and prints one
 * JSON line: wall time and peak memory (max resident set size) of this process.
 * Run by scripts/bench.mjs in a separate process so each build is measured on its own.
 */
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
// resourceUsage().maxRSS is in kilobytes.
console.log(JSON.stringify({ seconds, peakMemoryMB: process.resourceUsage().maxRSS / 1024 }));
