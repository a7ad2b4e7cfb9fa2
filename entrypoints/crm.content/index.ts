import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPageOn, type CustomDomain } from '@/utils/crm/custom-domains';
import { customDomainsItem } from '@/utils/crm/custom-domains-store';
import { crmHostPatterns } from '@/utils/crm/host-patterns';
import { afterPageLoad } from './after-page-load';
import { createPanelFrame } from './panel-frame';
import { watchPageFacts } from './page-facts';
import { reportPageContext } from './report-page-context';
import { watchExtensionContext } from './watch-extension-context';

/**
 * Runs on every CRM page: recognises a record page, reports what the page shows to the background,
 * and docks the panel iframe. It never touches coaching data and never imports the database.
 */
export default defineContentScript({
  matches: [...crmHostPatterns],
  runAt: 'document_idle',
  async main(ctx) {
    watchExtensionContext(ctx);
    await afterPageLoad(ctx);
    const panel = createPanelFrame(ctx);
    // Registered at runtime on the manager's granted custom CRM sites, too (background/custom-domains.ts).
    let customDomains: readonly CustomDomain[] = await customDomainsItem.getValue();
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
      watchPageFacts(ref, signal, (facts) => {
        reported = true;
        void reportPageContext({ ref, facts, url: href });
      });
      panel.show(ref.crm);
    };

    onUrl(location.href);
    // Fires before location.href changes, so the new URL comes from the event.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => onUrl(event.newUrl.href));
    const unwatch = customDomainsItem.watch((next) => {
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
