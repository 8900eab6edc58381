// Layer boundaries from ARCHITECTURE.md are enforced here with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'process',
  'readline',
  'worker_threads',
].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no I/O, no clock, no environment, nothing of ours.
    files: ['packages/engine/src/**/*.ts'],
    ignores: [
      'packages/engine/src/**/*.test.ts',
      'packages/engine/src/**/test-*.ts',
      'packages/engine/src/**/*-test-kit.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The engine does no I/O (ARCHITECTURE.md, Layout).' })),
          patterns: [{ group: ['@surety/*'], message: 'The engine imports nothing of ours.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The engine never reads the environment.' },
        { name: 'Date', message: 'The engine never reads the clock: `now` is a parameter.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '`now` is a parameter.' },
        { object: 'Temporal', property: 'Now', message: 'The engine never reads the clock: `now` is a parameter.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic: pass a seeded random in.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'The engine loads nothing at run time: no dynamic imports.' },
      ],
    },
  },
  {
    // api, worker and cli go through services, never storage or Kysely.
    files: ['packages/server/src/{api,worker,cli}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/**', 'kysely', 'kysely/*', 'pg', 'better-sqlite3'],
              message: 'api, worker and cli import services, never storage.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services are below the api: they never reach up into routes.
    files: ['packages/server/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/api/**', '**/cli/**', '**/worker/**'], message: 'services never import api, cli or worker.' },
          ],
        },
      ],
    },
  },
  {
    // Storage knows engine types only: never services or anything above them.
    files: ['packages/server/src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '**/api/**', '**/cli/**', '**/worker/**'],
              message: 'storage never imports services or above.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app reaches the server through the generated client only (ARCHITECTURE.md, Layout).
    files: ['packages/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '@surety/server', '@surety/server/*'],
              message: 'web imports the generated client (@surety/client) and engine types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Import cycles fail lint (ARCHITECTURE.md, Layout).
    files: ['packages/*/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['packages/*/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        gc: 'readonly',
      },
    },
  },
);
