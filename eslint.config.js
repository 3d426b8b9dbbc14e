// One lint configuration for the whole workspace (run from the root: `pnpm lint`).
//
// Versions: ESLint 10 with typescript-eslint 8, eslint-plugin-lit 2, eslint-plugin-wc 3 and
// eslint-plugin-lit-a11y 5. All four accept ESLint 10 in their peer ranges (typescript-eslint
// "^8.57 || ^9 || ^10", lit ">= 8", wc ">= 8.40", lit-a11y ">= 5"), and none of them calls the
// context methods ESLint 10 removed (lit-a11y reads `context.sourceCode` first), so we take the
// newest major rather than holding back to 9.
//
// Formatting belongs to Prettier (`prettier --check .`); eslint-config-prettier comes last and turns
// off every stylistic rule that could disagree with it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/coverage/',
      '**/.vite/',
      // Generated: the custom-elements manifest, the component docs built from it, MSW's worker.
      'packages/elements/custom-elements.json',
      'docs/components/',
      'playground/public/mockServiceWorker.js',
      // Framework examples (JSX, Vue) are copied into throwaway apps by the e2e tests; they are
      // documentation, checked by those builds rather than by this configuration.
      'docs/examples/',
      'test/bench/results.json',
    ],
  },

  js.configs.recommended,
  // Type-aware: ESLint takes about 15 s over the whole workspace on an idle 2-core machine, so the
  // checks that need the type checker (floating promises, unsafe `any`, needless assertions) are
  // worth their cost.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // tsconfig.eslint.json is the root tsconfig plus the build scripts and configs, which
        // `pnpm typecheck` leaves out but which still deserve typed rules.
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // `Promise.all([...])` over work that is only sometimes needed (`undefined` for the rest) is
      // fine; an array with no promise at all is still reported.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      // `FormData.get()` is typed `string | File`: the forms read text fields, whose values are strings.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'File'] }],
      // An argument or binding that is deliberately unused is spelled with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // Where the code runs decides which globals exist.
  {
    files: ['packages/elements/src/**', 'packages/embed/src/**', 'packages/client/src/**', 'playground/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/build/**', '**/*.config.*', 'mock-server/**', 'packages/contract/**', 'playground/scripts/**', 'test/**', 'packages/*/test/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser tests (web-test-runner) and the pages the e2e and bench suites drive.
    files: ['**/*.test.ts', 'test/browser/**', 'test/bench/pages/**', 'test/e2e/**', 'test/bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
  },

  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      // node:test's `describe`/`it` return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] }],
      // Tests read response bodies (`await res.json()`, typed `any` by the Fetch API) and assert on
      // them; the assertion is the check, so walking the untyped body is allowed here and only here.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // The helpers that hand such bodies on say so in their types (`Answer<T = any>`, zod's internal
      // definitions walked by the fuzzer).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Lit and web-component rules wherever components and their templates are written.
  {
    files: ['packages/elements/**/*.ts', 'packages/embed/src/**', 'playground/src/**', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts', 'packages/embed/src/**', 'playground/src/**', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },

  {
    // Plain JavaScript (Node scripts, the web-test-runner config, the loader's queue snippet) has no
    // types to check. Last, so that no block above that sets a typed rule's options turns it back on.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  prettier,
);
