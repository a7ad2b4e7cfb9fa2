import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { customDomainsKey, detectPageOn, type CustomDomain } from '@/utils/crm/custom-domains';
import { localValue } from '@/utils/storage/local-value';
import { createPanelFrame } from './panel-frame';
import { watchPageFacts } from './page-facts';
import { reportPageContext } from './report-page-context';
import { watchExtensionContext } from './watch-extension-context';

/**
 * Runs on every CRM page, imported by the loader (entrypoints/crm-loader/) once the page has
 * loaded: recognises a record page, reports what the page shows to the background, and docks the
 * panel iframe. It never touches coaching data and never imports the database.
 */
export default defineUnlistedScript({
  async main() {
    // What WXT's content-script wrapper would make, minus its `window.postMessage` announcing the
    // script to the page: that message names the extension's id, so any page could tell CoachLens
    // is installed (WXT's own opt-out, the default in a future WXT). The DOM event it also
    // dispatches, named with the id the page cannot know, still retires an older copy of this script.
    const ctx = new ContentScriptContext('crm-page', { noScriptStartedPostMessage: true });
    watchExtensionContext(ctx);
    const panel = createPanelFrame(ctx);
    // Registered at runtime on the manager's granted custom CRM sites, too (background/custom-domains.ts).
    const customDomainsValue = localValue<readonly CustomDomain[]>(customDomainsKey, []);
    let customDomains = await customDomainsValue.getValue();
    let page: AbortController | undefined;
    let reported = false;

    const onUrl = (href: string) => {
      page?.abort(); // the previous record's observers and pending reports go away
      page = undefined;
      const ref = detectPageOn(href, customDomains);
      if (!ref?.kind || !ref.id) {
        panel.hide();
        if (reported) void reportPageContext(null);
        reported = false;
        return;
      }
      page = new AbortController();
      const signal = page.signal;
      watchPageFacts(ref, signal, ({ facts, reading }) => {
        reported = true;
        void reportPageContext({ ref, facts, url: href, reading });
      });
      panel.show(ref.crm);
    };

    onUrl(location.href);
    // Fires before location.href changes, so the new URL comes from the event.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => onUrl(event.newUrl.href));
    const unwatch = customDomainsValue.watch((next) => {
      customDomains = next;
      onUrl(location.href); // a removed site's panel goes away at once
    });
    ctx.onInvalidated(() => {
      page?.abort();
      try {
        unwatch();
      } catch {
        // The extension is gone and took its storage listeners with it.
      }
    });
  },
});
