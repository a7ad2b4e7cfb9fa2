import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const checkEveryMs = 1_000;

/**
 * When the extension is reloaded, updated or turned off, Chrome leaves this script running in the
 * open CRM tabs but cuts it off: `runtime.id` becomes undefined and every extension call throws
 * "Extension context invalidated". Nothing tells the script; WXT notices only when something asks
 * `ctx.isValid` (its location polling, which the Navigation API replaced). So ask once a second:
 * the first `false` fires `ctx.onInvalidated`, and every listener, observer and the panel go away.
 */
export function watchExtensionContext(ctx: ContentScriptContext): void {
  const timer = setInterval(() => {
    if (ctx.isInvalid) clearInterval(timer);
  }, checkEveryMs);
}

/** True when the extension behind this script is gone (rather than replaced by a newer copy of it). */
export function extensionGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}
