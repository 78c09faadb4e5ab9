#!/usr/bin/env node
/**
 * Builds the project in the current directory with Astro's programmatic API and prints one
 * JSON line: wall time, CPU time (this process and the children it waited for, such as Pagefind; on
 * a busy machine it varies far less than wall time) and peak memory (max resident set size) of this process.
 * Run by scripts/bench.mjs in a separate process so each build is measured on its own.
 */
import { readFileSync } from 'node:fs';
import { build } from 'astro';

/** utime + stime + cutime + cstime from /proc/self/stat, in seconds (Linux clock ticks of 1/100 s). */
function cpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    const usage = process.resourceUsage();
    return (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  }
}

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
// resourceUsage().maxRSS is in kilobytes.
console.log(JSON.stringify({ seconds, cpuSeconds: cpuSeconds(), peakMemoryMB: process.resourceUsage().maxRSS / 1024 }));
