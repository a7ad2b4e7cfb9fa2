import { browser } from 'wxt/browser';
import type { PageContext } from '@/utils/messaging/protocol';

type Listener = (tabId: number, context: PageContext | null) => void;

const sessionKey = (tabId: number) => `tab-context:${tabId}`;

/**
 * The page context each CRM tab last reported. Kept in memory and mirrored to `storage.session`,
 * because the service worker may be stopped between two messages while the tab's panel stays open.
 * Session storage is cleared when the browser closes and is not readable by content scripts.
 */
export class TabContexts {
  private readonly contexts = new Map<number, PageContext | null>();
  private readonly listeners = new Set<Listener>();

  async set(tabId: number, context: PageContext | null): Promise<void> {
    this.contexts.set(tabId, context);
    for (const listener of this.listeners) listener(tabId, context);
    if (context) await browser.storage.session.set({ [sessionKey(tabId)]: context });
    else await browser.storage.session.remove(sessionKey(tabId));
  }

  async get(tabId: number): Promise<PageContext | null> {
    if (this.contexts.has(tabId)) return this.contexts.get(tabId) ?? null;
    const stored = await browser.storage.session.get(sessionKey(tabId));
    const context = (stored[sessionKey(tabId)] as PageContext | undefined) ?? null;
    this.contexts.set(tabId, context);
    return context;
  }

  /** A closed tab: listeners hear it shows nothing, so the badge stops watching the team data for it. */
  async forget(tabId: number): Promise<void> {
    this.contexts.delete(tabId);
    for (const listener of this.listeners) listener(tabId, null);
    await browser.storage.session.remove(sessionKey(tabId));
  }

  /**
   * The tab went to another page: its record is forgotten unless the tab is still on the page that
   * reported it (`url` is undefined on a site CoachLens may not read). A new CRM record page reports
   * its own context again, so nothing of the old record is left for whatever the tab shows now.
   */
  async forgetUnlessOn(tabId: number, url: string | undefined): Promise<void> {
    const context = await this.get(tabId);
    if (context && context.url !== url && this.contexts.get(tabId) === context) await this.set(tabId, null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
