// `npm run lint`: typescript-eslint and eslint-plugin-astro on every source file (content is data, not linted).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'node_modules/', '.astro/', 'public/', 'content/', 'screenshots/', 'test/.tmp/', 'test/fixtures/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except those deliberately ignored with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions follow lookups the model has already guaranteed (an id validated as a reference).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A variable a cleanup handler reads before the build assigns it stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Comments quote Chinese text as printed, ideographic spaces included.
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
);
