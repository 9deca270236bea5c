// Lint: typescript-eslint's recommended rules plus the dependency direction of DESIGN.md:
//   apps -> libs/{persistence,messaging,platform,taxonomy} -> libs/{matching,contracts}
// libs/matching is pure (no framework, ORM, queue, network or file system); libs/contracts holds zod
// schemas only; no lib imports an app; platform is the lowest infrastructure lib.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appImports = { group: ['**/apps/**', '../../apps/*', '../../../apps/*'], message: 'libs never import apps' };
const frameworkAndIo = [
  '@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', 'pg', 'pg/*', 'express', 'natural', 'csv-parse', 'csv-parse/*',
  'fs', 'fs/*', 'node:fs', 'node:fs/*', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'child_process', 'node:child_process',
  'dgram', 'node:dgram', 'tls', 'node:tls', 'dns', 'node:dns', 'worker_threads', 'node:worker_threads',
];
const infraLibs = ['@app/persistence', '@app/persistence/*', '@app/messaging', '@app/messaging/*', '@app/platform', '@app/platform/*', '@app/taxonomy', '@app/taxonomy/*'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [appImports, ...patterns.map((p) => ({ group: [p], message }))] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'scripts/paths.js', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', NodeJS: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: restrict([], ''),
  },
  {
    files: ['libs/contracts/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: restrict([...frameworkAndIo, ...infraLibs, '@app/matching', '@app/matching/*'], 'libs/contracts holds zod schemas only'),
  },
  {
    files: ['libs/matching/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: restrict([...frameworkAndIo, ...infraLibs], 'libs/matching is the pure engine: no framework, ORM, queue or I/O imports (contracts at most)'),
  },
  {
    files: ['libs/platform/**/*.ts'],
    rules: restrict(['@app/persistence', '@app/persistence/*', '@app/messaging', '@app/messaging/*', '@app/taxonomy', '@app/taxonomy/*'], 'platform is the lowest infrastructure lib'),
  },
  {
    files: ['libs/messaging/**/*.ts'],
    rules: restrict(['@app/persistence', '@app/persistence/*', '@app/taxonomy', '@app/taxonomy/*'], 'messaging may use platform and contracts only'),
  },
  {
    files: ['libs/taxonomy/**/*.ts'],
    rules: restrict(['@app/persistence', '@app/persistence/*', '@app/messaging', '@app/messaging/*'], 'taxonomy may use platform, matching and contracts only'),
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
