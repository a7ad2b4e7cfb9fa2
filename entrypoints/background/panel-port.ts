import { liveQuery, type Subscription } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import type { CoachLensDb } from '@/utils/db/app-db';
import { panelPortName, panelRequestSchema, type PageContext } from '@/utils/messaging/protocol';
import type { PanelPush } from '@/utils/messaging/panel-view';
import { classifySender } from '@/utils/messaging/sender-policy';
import { buildPanelView } from './build-panel-view';
import { handlePanelRequest } from './panel-requests';
import type { TabContexts } from './tab-contexts';

/**
 * The panel iframe connects here. It has no database of its own (a third-party frame gets no
 * IndexedDB when third-party cookies are blocked), so the background keeps one live query per open
 * panel and pushes a fresh view whenever the tab's page or the underlying data changes.
 */
export function registerPanelPorts(getDb: () => CoachLensDb, contexts: TabContexts): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== panelPortName) return;
    const sender = port.sender ?? {};
    const tabId = sender.tab?.id;
    if (
      classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')) !== 'extension-page' ||
      tabId === undefined
    ) {
      console.warn('[CoachLens] refused a panel connection', { url: sender.url });
      port.disconnect();
      return;
    }
    startPanelSession(port, tabId, getDb, contexts);
  });
}

function startPanelSession(
  port: Browser.runtime.Port,
  tabId: number,
  getDb: () => CoachLensDb,
  contexts: TabContexts,
): void {
  let subscription: Subscription | undefined;
  let current: PageContext | null = null;
  let open = true;

  const push = (message: PanelPush) => {
    if (open) port.postMessage(message);
  };

  const watch = (context: PageContext | null) => {
    current = context;
    subscription?.unsubscribe();
    subscription = liveQuery(() => buildPanelView(getDb(), context)).subscribe({
      next: (view) => push({ type: 'view', view }),
      error: (error: unknown) => push({ type: 'view', view: { state: 'error', message: describeError(error) } }),
    });
  };

  const stopListening = contexts.subscribe((changedTabId, context) => {
    if (changedTabId === tabId) watch(context);
  });

  port.onMessage.addListener((message: unknown) => {
    const parsed = panelRequestSchema.safeParse(message);
    if (!parsed.success) {
      console.warn('[CoachLens] refused a panel request', parsed.error.issues);
      return;
    }
    handlePanelRequest(getDb(), current, parsed.data).catch((error: unknown) =>
      push({ type: 'requestFailed', message: describeError(error) }),
    );
  });

  port.onDisconnect.addListener(() => {
    open = false;
    subscription?.unsubscribe();
    stopListening();
  });

  push({ type: 'view', view: { state: 'loading' } });
  void contexts.get(tabId).then((context) => {
    if (open) watch(context);
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
