import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { panelPortName, type PanelRequest } from '@/utils/messaging/protocol';
import { panelPushSchema, type PanelView } from '@/utils/messaging/panel-view';

export interface PanelConnection {
  view: PanelView;
  /** Set when the last request failed; cleared by the next view. */
  failure: string | undefined;
  connected: boolean;
  send(request: PanelRequest): void;
}

const reconnectDelayMs = 500;

/**
 * The panel's only link to its data: a port to the background, which pushes a new view whenever
 * the page or the data changes. When the service worker is stopped the port closes; reconnect.
 */
export function usePanelPort(): PanelConnection {
  const [view, setView] = useState<PanelView>({ state: 'loading' });
  const [failure, setFailure] = useState<string>();
  const [connected, setConnected] = useState(false);
  const portRef = useRef<Browser.runtime.Port | undefined>(undefined);

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
        if (parsed.data.type === 'view') {
          setView(parsed.data.view);
          setFailure(undefined);
        } else {
          setFailure(parsed.data.message);
        }
      });
      port.onDisconnect.addListener(() => {
        portRef.current = undefined;
        setConnected(false);
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

  const send = useCallback((request: PanelRequest) => {
    portRef.current?.postMessage(request);
  }, []);

  return { view, failure, connected, send };
}
