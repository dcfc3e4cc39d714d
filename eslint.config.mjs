// Lint rules for the whole repository (run by `npm run lint`, part of `npm test`).
// typescript-eslint's recommended rules, plus the layer rules of the architecture: the engine is
// pure (no editor or protocol imports, no Node.js file system), and the two faces (cli/, lsp/)
// never import each other — what both need lives in the engine or in report/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** What no module of the engine may import. */
const ENGINE_PATTERNS = [
  { group: ['vscode', 'vscode-*'], message: 'The engine is pure: no editor or protocol imports (see CONVENTIONS.md).' },
  { group: ['node:fs', 'fs', 'node:child_process', 'node:worker_threads'], message: 'The engine reads files through its FileHost only.' },
  { group: ['**/cli/**', '**/lsp/**', '**/node/**', '**/report/**'], message: 'The engine does not depend on its faces.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'test-output/**', '.vscode-test/**', 'fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      // An escaped '-' or '[' in a character class is kept on purpose: it reads unambiguously,
      // and the ReDoS verdicts (test/robustness/redos-verdicts.json) are keyed by pattern source.
      'no-useless-escape': 'off',
      'no-misleading-character-class': 'off',
      'prefer-const': ['error', { destructuring: 'all' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_PATTERNS }] },
  },
  {
    // A later entry replaces the rule's options: the engine's patterns are repeated with the editor's own.
    files: ['server/src/engine/editing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ENGINE_PATTERNS,
            { group: ['**/checks/**'], message: 'Editor features read analyses and findings, not the checks: shared helpers live with the analyses.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/lsp/**', 'vscode-*'], message: 'The CLI does not import the language server.' }] }],
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: 'The language server does not import the CLI; shared code lives in the engine or report/.' }] },
      ],
    },
  },
  {
    files: ['server/src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**', '**/lsp/**', 'vscode-*'], message: 'The report serves both faces and imports neither.' }] },
      ],
    },
  },
  {
    files: ['**/bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
