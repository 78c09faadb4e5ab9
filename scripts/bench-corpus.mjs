/**
 * Pages for the build benchmark, written the way a handbook page is: about 800 words of prose under
 * several headings, links to other pages (some to a heading on them), a table, a code block and a list.
 * The same bodies go into this project and into a bare Starlight project, so the two builds differ
 * only in what each project adds. Deterministic: page n is the same in every run.
 *
 * Pages go into folders of 100 (`handbook-01/`, `handbook-02/`, …), as new sections would.
 */

const pagesPerSection = 100;

const words = `partner program pipeline revenue enablement certification quarter review forecast territory
account deal registration incentive margin discount rebate tier benefit onboarding portal playbook
campaign webinar event marketplace listing integration referral reseller alliance consultant workflow
customer renewal expansion retention churn adoption usage health score scorecard dashboard metric target
budget fund approval claim invoice payout commission bracket threshold attainment quota plan cadence
owner manager director executive sponsor champion stakeholder contract agreement clause term notice
region segment vertical industry persona buyer journey message positioning launch announcement asset
content template checklist guide training course module exam badge renewal audit compliance policy
conflict overlap duplicate approval escalation support ticket response level service tooling catalog
pricing bundle package subscription seat license trial demo environment sandbox credential access`
  .split(/\s+/)
  .filter(Boolean);

const verbs = `reviews tracks approves records compares plans measures shares updates publishes checks confirms
prepares reports agrees schedules assigns closes opens renews escalates explains trains`
  .split(/\s+/)
  .filter(Boolean);

/** A small seeded generator (mulberry32), so the corpus never changes between runs. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sectionOfPage(index) {
  return `handbook-${String(Math.floor((index - 1) / pagesPerSection) + 1).padStart(2, '0')}`;
}

export function pathOfPage(index) {
  return `/${sectionOfPage(index)}/page-${String(index).padStart(4, '0')}/`;
}

/** The section folders a corpus of `count` pages fills. */
export function corpusSections(count) {
  return [...new Set(Array.from({ length: count }, (_, i) => sectionOfPage(i + 1)))];
}

function sentence(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const length = 10 + Math.floor(next() * 10);
  const parts = [`The ${pick(words)} ${pick(words)}`, pick(verbs)];
  while (parts.length < length) parts.push(pick(words));
  return `${parts.join(' ')}.`;
}

function paragraph(next, sentences = 6) {
  return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

function body(index, count) {
  const next = random(index * 7919);
  const other = () => 1 + Math.floor(next() * count);
  const link = (text, hash = '') => `[${text}](${pathOfPage(other())}${hash})`;
  return `## Overview

${paragraph(next)} See ${link('the related plan')} and ${link('its targets', '#targets')} before the next review.

${paragraph(next)}

## How the team works

${paragraph(next)} The ${link('escalation steps')} apply when a deal overlaps.

### Weekly rhythm

${paragraph(next, 5)}

- ${sentence(next)}
- ${sentence(next)} Read ${link('the onboarding notes')}.
- ${sentence(next)}
- ${sentence(next)}

## Targets

| Metric | Target | Current | Owner |
| --- | --- | --- | --- |
| Sourced revenue | ${(index % 9) + 1}0,000 | ${(index % 7) + 1}5,000 | Partner manager |
| Influenced revenue | ${(index % 5) + 2}0,000 | ${(index % 4) + 1}8,000 | Partner marketing |
| Certified people | ${(index % 4) + 2} | ${index % 3} | Enablement |
| Registered deals | ${(index % 6) + 3} | ${index % 5} | Sales |

${paragraph(next)}

## Example

${paragraph(next, 3)}

\`\`\`ts
// Share of revenue the partner sourced this quarter.
export function sourcedShare(sourced: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((sourced / total) * 1000) / 10; // page ${index}
}
\`\`\`

## Next steps

${paragraph(next)} Compare with ${link('another section', '#overview')}.

${paragraph(next, 4)}
`;
}

/** A page for this project: its frontmatter schema requires audience, owner and review date. */
export function playbookPage(index, count) {
  return `---
title: Handbook page ${index}
description: A generated handbook page used only to measure how the build grows with realistic pages.
audience: [team]
owner: Benchmark
lastReviewed: 2026-11-20
---

${body(index, count)}`;
}

/** The same page for a bare Starlight project. */
export function barePage(index, count) {
  return `---
title: Handbook page ${index}
description: A generated handbook page used only to measure how the build grows with realistic pages.
---

${body(index, count)}`;
}
