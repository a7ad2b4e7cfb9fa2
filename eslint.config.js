import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Sinks that turn strings into markup: CRM pages hold untrusted text, so none of these, anywhere. */
const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign HTML strings: build nodes with textContent or React.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Do not parse HTML strings: build nodes with textContent or React.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write is never needed.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, not HTML strings.',
  },
];

/**
 * The code CoachLens runs in a CRM page: the loader the manifest declares, the page script it
 * imports after the page's load event, and every module of utils/ they bundle. The guard below
 * applies to these files; tests/unit/lint-guards.test.ts fails when a glob here matches no file, or
 * when the page script bundles a module that no glob covers.
 */
export const pageCodeFiles = [
  'entrypoints/crm-loader/**',
  'entrypoints/crm-page/**',
  'utils/crm/**',
  'utils/build/crm-scripts.ts',
  'utils/messaging/panel-seen-message.ts',
  'utils/panel/panel-state.ts',
  'utils/storage/local-value.ts',
];

/** Modules under those globs that page code never imports: the dashboard's and the tests' side. */
export const pageCodeIgnores = ['utils/crm/**/*.test.ts', 'utils/crm/custom-domain-setup.ts', 'utils/crm/examples.ts'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'demo-output/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The rules of hooks and the React Compiler's checks, on every file that can hold a component or a hook.
    // (Playwright's fixtures call a `use` that is not React's: the browser-driving tests are left out.)
    files: ['**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**', 'tests/firefox/**', 'tests/package/**', 'scripts/**'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // CommonJS on purpose (scripts/check-node.cjs must run on an old Node): `require` is its import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs in the CRM page: a database opened there would belong to the CRM's origin,
    // where the CRM's own scripts can read it, so page code never imports Dexie or the db module and
    // asks the background instead. Every CRM page load pays for what page code bundles (a size
    // budget in tests/e2e/build-output.spec.ts), so zod, React, WXT's storage module and the i18n
    // layer stay out too: types only. See docs/architecture.md, "Processes".
    files: pageCodeFiles,
    ignores: pageCodeIgnores,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // A pattern starting with `#` would be a comment in the patterns' gitignore syntax.
          paths: [
            {
              name: '#i18n',
              allowTypeImports: true,
              message: 'The CRM page script reads its few words with browser.i18n.getMessage, not the i18n layer.',
            },
          ],
          patterns: [
            {
              group: ['dexie', 'dexie-*', '**/db', '**/db/**', '@/utils/db', '@/utils/db/**'],
              message: 'Code on a CRM page never opens the database: ask the background instead.',
            },
            {
              group: [
                'zod',
                '**/schemas',
                '**/schemas/**',
                '**/messaging/protocol',
                '**/messaging/panel-view',
                'react',
                'react-dom',
                'react-dom/*',
                '@wxt-dev/i18n',
                'wxt/utils/storage',
                '@wxt-dev/storage',
                '**/storage/items',
                '**/crm/custom-domain-setup',
              ],
              allowTypeImports: true,
              message:
                'Keep the CRM page script small: import types only (words come from browser.i18n.getMessage, stored values from utils/storage/local-value.ts).',
            },
          ],
        },
      ],
    },
  },
);
