// Lint rules, including the import boundaries of ARCHITECTURE.md as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process', 'url'];

const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.vite',
      'out',
      'dist',
      'test-results',
      'playwright-report',
      '.tools',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...forbid(
        [
          'electron',
          'better-sqlite3',
          'better-sqlite3-multiple-ciphers',
          ...nodeBuiltins,
          '**/db/**',
          '**/api/handlers/**',
          '**/api/dispatch*',
          '**/electron/**',
          '**/web/**',
        ],
        'renderer/ talks to the backend only through lib/api.ts and may import api/contract, api/transport and core/ (ARCHITECTURE.md).',
      ),
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: forbid(
      [
        'electron',
        'better-sqlite3',
        'better-sqlite3-multiple-ciphers',
        ...nodeBuiltins,
        '**/db/**',
        '**/api/**',
        '**/renderer/**',
        '**/electron/**',
        '**/web/**',
      ],
      'core/ is pure: no I/O and nothing of ours outside core/ (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: forbid(
      ['electron', '**/api/**', '**/renderer/**', '**/electron/**', '**/web/**'],
      'db/ may import only core/ (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['jobs/**/*.ts'],
    rules: forbid(
      ['electron', '**/api/**', '**/renderer/**', '**/electron/**', '**/web/**'],
      'jobs/ may import only core/ and db/ (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['api/**/*.ts'],
    rules: forbid(
      ['electron', '**/renderer/**', '**/electron/**', '**/web/**'],
      'api/ may import only core/ and db/ (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['web/**/*.ts'],
    rules: forbid(
      ['electron', '**/renderer/**', '**/electron/**', '**/db/**'],
      'web/ serves the built renderer and calls api/ only (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: forbid(
      ['**/renderer/**', '**/web/**', '**/db/**'],
      'electron/ calls api/ only (ARCHITECTURE.md).',
    ),
  },
  prettier,
);
