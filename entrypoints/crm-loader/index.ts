import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { crmScripts } from '@/utils/build/crm-scripts';
import { afterPageLoad } from './after-page-load';

/**
 * The one extension call the loader makes, by the name Chrome and Firefox both give it. Not WXT's
 * `browser`: importing that reads `runtime.id` at once, and the first touch of an extension API
 * builds its bindings in this world, milliseconds the page's load would wait for.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The content script every CRM page gets (manifest `content_scripts`, built from
 * `crmHostPatterns`; wxt.config.ts): it waits for the page to finish loading, then imports the
 * page script into this same isolated world. A second injection (a custom site granted while its
 * tab is open) imports the same URL again, which a world's module map evaluates once; and were the
 * page script run twice, its newer copy retires the older one with its panel (crm-page/index.ts).
 */
export default defineUnlistedScript(() => {
  afterPageLoad(() => {
    let url: string;
    try {
      url = chrome.runtime.getURL(`/${crmScripts.page}`);
    } catch {
      return; // the extension was reloaded or removed while the page loaded
    }
    import(/* @vite-ignore */ url).catch((error: unknown) => {
      console.debug('[CoachLens] could not start on this page', error);
    });
  });
});
