import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { panelPortName, type PanelRequest } from '@/utils/messaging/protocol';
import { panelPushSchema, type PanelView } from '@/utils/messaging/panel-view';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type PanelRequestWithoutId = DistributiveOmit<PanelRequest, 'requestId'>;

/**
 * What became of the requests in flight when the port dropped:
 * - `resending`: not confirmed yet; they are sent again as soon as the panel reconnects;
 * - `recovered`: sent again after a reconnection and committed;
 * - `gone`: the extension was reloaded or removed under this page; nothing can be sent any more.
 */
export type PanelLinkNotice = 'resending' | 'recovered' | 'gone' | undefined;

export interface PanelConnection {
  view: PanelView;
  /** Set when the last request failed; cleared by the next successful one. */
  failure: string | undefined;
  connected: boolean;
  notice: PanelLinkNotice;
  /** Sends a request; resolves when the background has committed it, rejects with its message. */
  send(request: PanelRequestWithoutId): Promise<void>;
  /** Whether the CRM page shows the panel as drawn, by its content script (false when no answer comes). */
  isSeen(): Promise<boolean>;
}

interface Pending {
  request: PanelRequest;
  attempts: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

const reconnectDelayMs = 500;
/** The page's content script answers at once; past this, the panel counts as not seen. */
const seenAnswerMs = 2_000;
/** A request the worker dropped this many times is given up, so a poison request cannot loop. */
const maxAttempts = 4;

export const goneMessage = 'CoachLens was updated or turned off; reload this page to save again.';

/** Our extension context is gone (reloaded, updated, removed): `runtime.id` is undefined then. */
function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * The panel's only link to its data: a port to the background, which pushes a new view whenever
 * the page or the data changes. When the service worker is stopped the port closes, possibly in the
 * middle of a write: the panel reconnects and resends every request that was not confirmed, with
 * the same request id. The background makes every request safe to receive twice (a create carries
 * the id the panel chose), so a write lands exactly once whether or not the first attempt committed.
 */
export function usePanelPort(): PanelConnection {
  const [view, setView] = useState<PanelView>({ state: 'loading' });
  const [failure, setFailure] = useState<string>();
  const [connected, setConnected] = useState(true);
  const [notice, setNotice] = useState<PanelLinkNotice>();
  const portRef = useRef<Browser.runtime.Port | undefined>(undefined);
  const pending = useRef(new Map<string, Pending>());
  const gone = useRef(false);
  /** Requests resent after the last reconnection that are still unconfirmed. */
  const resent = useRef(new Set<string>());
  /** `isSeen` questions waiting for their answer, by id. */
  const seenWaiters = useRef(new Map<string, (seen: boolean) => void>());

  const post = useCallback((port: Browser.runtime.Port, entry: Pending) => {
    entry.attempts += 1;
    if (entry.attempts > maxAttempts) {
      pending.current.delete(entry.request.requestId);
      entry.reject(new Error('CoachLens could not confirm this change; please check it and try again.'));
      return;
    }
    try {
      port.postMessage(entry.request);
    } catch {
      // The port closed before its onDisconnect ran: the reconnection sends the request again.
    }
  }, []);

  useEffect(() => {
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const giveUp = () => {
      gone.current = true;
      setConnected(false);
      setNotice('gone');
      for (const entry of pending.current.values()) entry.reject(new Error(goneMessage));
      pending.current.clear();
    };

    const settle = (requestId: string, committed: boolean) => {
      pending.current.delete(requestId);
      if (resent.current.delete(requestId) && resent.current.size === 0) setNotice(committed ? 'recovered' : undefined);
    };

    const connect = () => {
      if (extensionContextGone()) return giveUp();
      let port: Browser.runtime.Port;
      try {
        port = browser.runtime.connect({ name: panelPortName });
      } catch {
        return giveUp(); // "Extension context invalidated"
      }
      portRef.current = port;
      setConnected(true);
      port.onMessage.addListener((message: unknown) => {
        const parsed = panelPushSchema.safeParse(message);
        if (!parsed.success) return;
        const push = parsed.data;
        if (push.type === 'view') {
          // A new session (after the worker restarted) starts with "loading": keep showing the
          // page's last view until the fresh one arrives, rather than blanking the panel.
          setView((current) => (push.view.state === 'loading' && current.state !== 'loading' ? current : push.view));
        } else if (push.type === 'seen') {
          seenWaiters.current.get(push.requestId)?.(push.seen);
        } else if (push.type === 'requestDone') {
          setFailure(undefined);
          pending.current.get(push.requestId)?.resolve();
          settle(push.requestId, true);
        } else {
          setFailure(push.message);
          if (push.requestId) {
            pending.current.get(push.requestId)?.reject(new Error(push.message));
            settle(push.requestId, false);
          }
        }
      });
      port.onDisconnect.addListener(() => {
        portRef.current = undefined;
        for (const answer of seenWaiters.current.values()) answer(false);
        setConnected(false);
        if (closed) return;
        if (extensionContextGone()) return giveUp();
        if (pending.current.size > 0) setNotice('resending');
        retry = setTimeout(connect, reconnectDelayMs);
      });
      // Whatever was sent on the previous port and not confirmed goes again, in the order sent.
      const unconfirmed = [...pending.current.values()];
      resent.current = new Set(unconfirmed.map((entry) => entry.request.requestId));
      for (const entry of unconfirmed) post(port, entry);
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      portRef.current?.disconnect();
    };
  }, [post]);

  const send = useCallback(
    (request: PanelRequestWithoutId) => {
      if (gone.current) return Promise.reject(new Error(goneMessage));
      const requestId = crypto.randomUUID();
      return new Promise<void>((resolve, reject) => {
        const entry: Pending = { request: { ...request, requestId } as PanelRequest, attempts: 0, resolve, reject };
        pending.current.set(requestId, entry);
        setNotice((current) => (current === 'recovered' ? undefined : current));
        // Without a port the request waits for the reconnection, which sends it.
        const port = portRef.current;
        if (port) post(port, entry);
      });
    },
    [post],
  );

  const isSeen = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        const requestId = crypto.randomUUID();
        const timer = setTimeout(() => answer(false), seenAnswerMs);
        const answer = (seen: boolean) => {
          clearTimeout(timer);
          seenWaiters.current.delete(requestId);
          resolve(seen);
        };
        seenWaiters.current.set(requestId, answer);
        try {
          portRef.current?.postMessage({ type: 'isPanelSeen', requestId });
        } catch {
          answer(false);
        }
      }),
    [],
  );

  return { view, failure, connected, notice, send, isSeen };
}
