import { browser, type Browser } from 'wxt/browser';
import { contentMessageSchema } from '@/utils/messaging/protocol';
import { classifySender } from '@/utils/messaging/sender-policy';
import type { TabContexts } from './tab-contexts';

/**
 * One-off messages. Content scripts may only report their page context; extension pages talk to
 * the database directly (popup, options) or over the panel port, so nothing else is answered here.
 */
export function registerContentMessages(contexts: TabContexts): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const role = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const parsed = contentMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (role !== 'content-script' || !parsed.success || tabId === undefined) {
      console.warn('[CoachLens] refused a message', { role, url: sender.url, valid: parsed.success });
      return undefined;
    }
    // Only the top frame's script speaks for the tab (the content script runs in top frames only).
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    return contexts.set(tabId, parsed.data.context).then(() => ({ ok: true }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void contexts.forget(tabId));
}
