import { browser, type Browser } from 'wxt/browser';
import type { CoachLensDb } from '@/utils/db/app-db';
import { panelPortName, panelRequestSchema, panelSeenQuerySchema, type PageContext } from '@/utils/messaging/protocol';
import type { PanelPush, PanelView } from '@/utils/messaging/panel-view';
import { isDockedPanelSender } from '@/utils/messaging/sender-policy';
import { buildPanelView } from './build-panel-view';
import type { EarlyRepViews } from './early-rep-views';
import { handlePanelRequest } from './panel-requests';
import type { TabContexts } from './tab-contexts';
import type { TeamCache, TeamData } from './team-cache';
import { startViewTiming } from './view-timing';
import { checkPanelSeenMessage } from '@/utils/messaging/panel-seen-message';

/**
 * The panel iframe connects here. It has no database of its own (a third-party frame gets no
 * IndexedDB when third-party cookies are blocked), so the background pushes it a fresh view whenever
 * the tab's page or the team's data changes, and carries out its few requests.
 */
export function registerPanelPorts(
  getDb: () => CoachLensDb,
  contexts: TabContexts,
  cache: TeamCache,
  early: EarlyRepViews,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== panelPortName) return;
    const sender = port.sender ?? {};
    const tabId = sender.tab?.id;
    const tabUrl = sender.tab?.url;
    if (
      !isDockedPanelSender(sender, browser.runtime.id, browser.runtime.getURL('/')) ||
      tabId === undefined ||
      tabUrl === undefined
    ) {
      console.warn('[CoachLens] refused a panel connection', { url: sender.url });
      port.disconnect();
      return;
    }
    startPanelSession(port, tabId, tabUrl, getDb, contexts, cache, early);
  });
}

function startPanelSession(
  port: Browser.runtime.Port,
  tabId: number,
  tabUrl: string,
  getDb: () => CoachLensDb,
  contexts: TabContexts,
  cache: TeamCache,
  early: EarlyRepViews,
): void {
  let open = true;
  let context: PageContext | null | undefined;
  let data: TeamData | Error | undefined;
  let view: PanelView = { state: 'loading' };
  // A panel that reconnects (the worker was stopped) resends its unconfirmed requests at once;
  // they are checked against the page's view, so hold them until this session has one.
  let viewReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (viewReady = resolve));
  /** Shown until the team data arrives, when the cache is cold (early-rep-views.ts); only for the context it was built for. */
  let firstView: { for: PageContext; view: PanelView } | undefined;
  let firstViewTriedFor: PageContext | null | undefined;
  const timeView = startViewTiming();

  const push = (message: PanelPush) => {
    if (open) port.postMessage(message);
  };
  const render = () => {
    if (context === undefined) view = { state: 'loading' };
    else if (data === undefined) {
      view = (firstView?.for === context && firstView.view) || { state: 'loading' };
      // A warm cache hands its data over as soon as it is watched: no early view then.
      if (context && firstViewTriedFor !== context && !cache.warm) tryFirstView(context);
    } else if (data instanceof Error) view = { state: 'error', message: data.message };
    else view = buildPanelView(data, context);
    timeView(view, data !== undefined);
    push({ type: 'view', view });
    if (view.state !== 'loading') viewReady();
  };
  const tryFirstView = (forContext: PageContext) => {
    firstViewTriedFor = forContext;
    void early.take(tabId, forContext).then((found) => {
      if (!found || data !== undefined || context !== forContext) return;
      firstView = { for: forContext, view: found };
      render();
    });
  };

  const stopContexts = contexts.subscribe((changedTabId, changed) => {
    if (changedTabId !== tabId) return;
    context = changed;
    render();
  });
  let stopData: (() => void) | undefined;
  const watchData = () => {
    if (!open) return;
    stopData = cache.subscribe((latest) => {
      data = latest;
      render();
    });
  };

  port.onMessage.addListener((message: unknown) => {
    const query = panelSeenQuerySchema.safeParse(message);
    if (query.success) {
      // Asked of the top frame's content script, which alone sees what the page does to the panel.
      void browser.tabs
        .sendMessage(tabId, { type: checkPanelSeenMessage }, { frameId: 0 })
        .then(
          (answer: unknown) => (answer as { seen?: unknown } | undefined)?.seen === true,
          () => false,
        )
        .then((seen) => push({ type: 'seen', requestId: query.data.requestId, seen }));
      return;
    }
    const parsed = panelRequestSchema.safeParse(message);
    if (!parsed.success) {
      console.warn('[CoachLens] refused a panel request', parsed.error.issues);
      push({ type: 'requestFailed', message: 'The panel sent a request CoachLens does not accept.' });
      return;
    }
    const request = parsed.data;
    ready
      .then(() => oncePerRequest(tabId, request.requestId, () => handlePanelRequest(getDb(), view, request)))
      .then(
        () => push({ type: 'requestDone', requestId: request.requestId }),
        (error: unknown) =>
          push({
            type: 'requestFailed',
            requestId: request.requestId,
            message: error instanceof Error ? error.message : String(error),
          }),
      );
  });

  port.onDisconnect.addListener(() => {
    open = false;
    stopContexts();
    stopData?.();
  });

  render();
  // The team data is watched once the page is known: with a cold cache, rendering that page starts
  // the rep's early view first, whose reads then go before the cache's read of every row.
  void contexts
    .get(tabId)
    .then((stored) => {
      if (context === undefined) {
        // Only the record of the page the panel was docked in: the tab is on it right now.
        context = stored?.url === tabUrl ? stored : null;
        render();
      }
    })
    .finally(watchData);
}

/**
 * Requests this worker has run or is running, by tab and request id. A panel whose port dropped
 * while the worker lived on resends the same request on its new port: it gets the first attempt's
 * outcome instead of a second run. (A stopped worker forgets; then the requests' own idempotence
 * — see panel-requests.ts — keeps a resend from writing twice.)
 */
const seenRequests = new Map<string, Promise<void>>();
const maxSeenRequests = 200;

function oncePerRequest(tabId: number, requestId: string, run: () => Promise<void>): Promise<void> {
  const key = `${tabId}:${requestId}`;
  const seen = seenRequests.get(key);
  if (seen) return seen;
  const outcome = run();
  seenRequests.set(key, outcome);
  // A failed request may be tried again by the manager with the same id: forget failures.
  outcome.catch(() => seenRequests.delete(key));
  if (seenRequests.size > maxSeenRequests) seenRequests.delete(seenRequests.keys().next().value ?? '');
  return outcome;
}
