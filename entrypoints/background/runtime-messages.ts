import { browser, type Browser } from 'wxt/browser';
import { contentMessageSchema, extensionPageMessageSchema, type TabContextReply } from '@/utils/messaging/protocol';
import { classifySender } from '@/utils/messaging/sender-policy';
import type { TabContexts } from './tab-contexts';

/**
 * One-off messages. Content scripts may only report their page context. Extension pages may ask
 * what a tab shows (the popup prefills from it); they read and write data through the database
 * themselves, or over the panel port. Anything else is refused and logged.
 */
export function registerRuntimeMessages(contexts: TabContexts): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const role = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (role === 'content-script') {
      const parsed = contentMessageSchema.safeParse(message);
      const tabId = sender.tab?.id;
      // Only the top frame's script speaks for the tab (the content script runs in top frames only).
      if (parsed.success && tabId !== undefined && (sender.frameId ?? 0) === 0) {
        return contexts.set(tabId, parsed.data.context).then(() => ({ ok: true }));
      }
    } else if (role === 'extension-page') {
      const parsed = extensionPageMessageSchema.safeParse(message);
      if (parsed.success) {
        return contexts.get(parsed.data.tabId).then((context): TabContextReply => ({ context }));
      }
    }
    console.warn('[CoachLens] refused a message', { role, url: sender.url });
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void contexts.forget(tabId));
  // A tab that navigates (another site, another record) keeps nothing of the record it showed.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void contexts.forgetUnlessOn(tabId, tab.url);
  });
}
