import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Resolves once the CRM page's `load` event has been handled: in the task after it, so none of
 * our work (reading storage, waking the service worker, docking the frame) runs inside the page's
 * load or competes with it for the main thread before it. `document_idle` alone may still inject
 * us between DOMContentLoaded and load (scripts/bench.ts, item 1, measures what that cost).
 */
export function afterPageLoad(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const later = () => ctx.setTimeout(resolve, 0);
    if (document.readyState === 'complete') later();
    else ctx.addEventListener(window, 'load', later, { once: true });
  });
}
