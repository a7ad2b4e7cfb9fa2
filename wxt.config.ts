import { defineConfig } from 'wxt';
import { escapeNonCharactersPlugin } from './utils/build/escape-noncharacters';
import { crmScripts } from './utils/build/crm-scripts';
import { crmHostPatterns } from './utils/crm/host-patterns';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Manifest V3 everywhere, Firefox included (WXT builds Firefox as MV2 by default): only MV3 lets
  // Firefox limit which sites may load the add-on's files (web_accessible_resources below).
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [escapeNonCharactersPlugin()],
  }),
  hooks: {
    // The CRM page scripts (utils/build/crm-scripts.ts) load on every CRM page, so every kilobyte
    // counts. They make a handful of calls that are promise-based natively (Chrome MV3 `chrome.*`,
    // Firefox `browser.*`), so they use WXT's plain `browser` instead of webextension-polyfill
    // (about 3 KB gzipped).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const onCrmPages = new Set<string>([crmScripts.loader, crmScripts.page].map((file) => file.replace(/\.js$/, '')));
      if (!entrypoints.every((entrypoint) => onCrmPages.has(entrypoint.name))) return;
      const alias = viteConfig.resolve?.alias;
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: {
    // The sources addons.mozilla.org rebuilds the Firefox package from: what the build reads and
    // nothing a test run, the demo or the benchmarks left in the working tree
    // (tests/package/store-packages.spec.ts rebuilds from it and compares).
    includeSources: [
      'entrypoints/**',
      'components/**',
      'hooks/**',
      'utils/**',
      'locales/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'CoachLens',
    default_locale: 'en',
    description: 'Coach the behaviours behind the numbers, right on your CRM page. Your data stays on this computer.',
    // `scripting`: registers the content script on the manager's custom CRM sites at runtime.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting'],
    // The toolbar button's own icon sizes (public/icon/, drawn from docs/icon.svg); the store icons
    // (16–128 px) are found there by WXT.
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Opens the popup (quick log); users can change the shortcut in the browser's shortcut settings.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+O' },
      },
    },
    host_permissions: [...crmHostPatterns],
    // Custom CRM sites (a Dynamics server on premises…): requested one origin at a time from the
    // dashboard's "CRM sites" section, on the manager's click. Never granted at install.
    optional_host_permissions: ['https://*/*'],
    // The loader only (entrypoints/crm-loader/): it imports the page script once the page has loaded.
    content_scripts: [{ matches: [...crmHostPatterns], js: [crmScripts.loader], run_at: 'document_idle' }],
    web_accessible_resources: [
      {
        // The panel, and the page script the loader imports (an import needs the file web-accessible).
        resources: ['panel.html', crmScripts.page],
        ...(browser === 'firefox'
          ? {
              // Firefox's add-on URL is permanent (its UUID is fixed per install), so a page that knew
              // it could confirm the install by loading any file: only the CRM hosts may. The price:
              // Firefox checks these against the page even for what the content script loads, and a
              // manifest cannot grow at run time, so a custom CRM site gets no panel in Firefox
              // (docs/security.md).
              matches: [...crmHostPatterns],
            }
          : {
              // Chrome checks these against the page for a frame the content script adds, so custom
              // CRM sites (any https host) need every https page here. No page can probe for
              // CoachLens anyway: with use_dynamic_url the URL is random per session, and only the
              // content script (built-in CRM hosts, granted custom sites) knows it.
              matches: ['https://*/*'],
              use_dynamic_url: true,
            }),
      },
    ],
    // `connect-src 'self'`: the browser itself refuses any network connection (fetch, XHR,
    // WebSocket, beacon) from the background and every extension page; only the extension's own
    // files load. CoachLens sends nothing anywhere, and this makes it so by construction.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'",
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
