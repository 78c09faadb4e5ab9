// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import * as mdx from 'eslint-plugin-mdx';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '.fixtures/',
      'dist/',
      'dist-partner/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  ...eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    rules: {
      // Scrolling tables sit in a labelled <section tabindex="0"> so keyboard users can scroll them (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
    },
  },
  {
    // MDX pages: syntax and the ESM import lines at their top.
    ...mdx.flat,
    files: ['**/*.mdx'],
    rules: {
      ...mdx.flat.rules,
      // `{figure('tiers.gold.requires.revenue')}` in prose is an expression whose value is the text.
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests poke at untyped mdast/hast trees and Playwright handles; `any` keeps them readable.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
