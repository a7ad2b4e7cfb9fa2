import js from '@eslint/js';
import globals from 'globals';
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
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // DESIGN §4 rule 1: IndexedDB opened from a content script belongs to the CRM's origin, where the
    // CRM's own scripts can read it. Content-script code (and the CRM adapters it bundles) never
    // imports the database, and keeps zod out of the bundle that loads on every CRM page.
    files: ['entrypoints/crm.content/**', 'utils/crm/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-*', '**/db', '**/db/**', '@/utils/db', '@/utils/db/**'],
              message: 'Content scripts never open the database (DESIGN §4 rule 1). Ask the background instead.',
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
              ],
              allowTypeImports: true,
              message: 'Keep the content script small: import types only.',
            },
          ],
        },
      ],
    },
  },
);
