import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { panelPortName, type PanelRequest } from '@/utils/messaging/protocol';
import { panelPushSchema, type PanelView } from '@/utils/messaging/panel-view';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type PanelRequestWithoutId = DistributiveOmit<PanelRequest, 'requestId'>;

export interface PanelConnection {
  view: PanelView;
  /** Set when the last request failed; cleared by the next successful one. */
  failure: string | undefined;
  connected: boolean;
  /** Sends a request; resolves when the background has committed it, rejects with its message. */
  send(request: PanelRequestWithoutId): Promise<void>;
}

const reconnectDelayMs = 500;

/**
 * The panel's only link to its data: a port to the background, which pushes a new view whenever
 * the page or the data changes. When the service worker is stopped the port closes; reconnect.
 */
export function usePanelPort(): PanelConnection {
  const [view, setView] = useState<PanelView>({ state: 'loading' });
  const [failure, setFailure] = useState<string>();
  const [connected, setConnected] = useState(true);
  const portRef = useRef<Browser.runtime.Port | undefined>(undefined);
  const pending = useRef(new Map<string, { resolve: () => void; reject: (error: Error) => void }>());

  useEffect(() => {
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const port = browser.runtime.connect({ name: panelPortName });
      portRef.current = port;
      setConnected(true);
      port.onMessage.addListener((message: unknown) => {
        const parsed = panelPushSchema.safeParse(message);
        if (!parsed.success) return;
        const push = parsed.data;
        if (push.type === 'view') {
          setView(push.view);
        } else if (push.type === 'requestDone') {
          setFailure(undefined);
          pending.current.get(push.requestId)?.resolve();
          pending.current.delete(push.requestId);
        } else {
          setFailure(push.message);
          if (push.requestId) {
            pending.current.get(push.requestId)?.reject(new Error(push.message));
            pending.current.delete(push.requestId);
          }
        }
      });
      port.onDisconnect.addListener(() => {
        portRef.current = undefined;
        setConnected(false);
        for (const request of pending.current.values()) request.reject(new Error('Disconnected; try again.'));
        pending.current.clear();
        if (!closed) retry = setTimeout(connect, reconnectDelayMs);
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      portRef.current?.disconnect();
    };
  }, []);

  const send = useCallback((request: PanelRequestWithoutId) => {
    const port = portRef.current;
    if (!port) return Promise.reject(new Error('Not connected to CoachLens; try again in a moment.'));
    const requestId = crypto.randomUUID();
    return new Promise<void>((resolve, reject) => {
      pending.current.set(requestId, { resolve, reject });
      port.postMessage({ ...request, requestId });
    });
  }, []);

  return { view, failure, connected, send };
}
