import { defineConfig } from 'wxt';
import { escapeNonCharactersPlugin } from './utils/build/escape-noncharacters';
import { crmHostPatterns } from './utils/crm/host-patterns';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [escapeNonCharactersPlugin()],
  }),
  manifest: ({ browser }) => ({
    name: 'CoachLens',
    default_locale: 'en',
    description: 'Coach the behaviours behind the numbers, right on your CRM page. Your data stays on this computer.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: [...crmHostPatterns],
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: [...crmHostPatterns],
        // A fresh URL per session, so a page cannot fingerprint that CoachLens is installed.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    // Admit no other extension and no web page (without the key, Chrome admits every extension).
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [] as string[] } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'coachlens@coachlens.app',
              // 140 is the first Firefox that reads the data-collection declaration (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
