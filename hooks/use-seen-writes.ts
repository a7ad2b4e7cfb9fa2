import { useCallback, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { PanelRequestWithoutId } from './use-panel-port';
import type { PanelVisibility } from './use-verified-visibility';

export interface SeenWrites {
  /** Sends a write once it is known the manager could see the panel, or once they confirmed it. */
  send(request: PanelRequestWithoutId): Promise<void>;
  /** Set while a write waits for the manager's answer. */
  asking: boolean;
  answer(save: boolean): void;
}

/**
 * No write from a click the manager could not see. Where the browser vouches for the panel
 * (IntersectionObserver v2), the panel is inert while hidden and writes go straight through. Where it
 * cannot (Firefox), the CRM page's content script is asked before each write whether the page shows
 * the panel as drawn (crm-page/panel-seen.ts); only if it does not, the manager is asked to confirm.
 */
export function useSeenWrites(
  send: (request: PanelRequestWithoutId) => Promise<void>,
  isSeen: () => Promise<boolean>,
  visibility: PanelVisibility,
): SeenWrites {
  const [asking, setAsking] = useState(false);
  const waiting = useRef<((save: boolean) => void)[]>([]);

  const answer = useCallback((save: boolean) => {
    for (const resolve of waiting.current.splice(0)) resolve(save);
    setAsking(false);
  }, []);

  const guarded = useCallback(
    async (request: PanelRequestWithoutId) => {
      if (visibility === 'unsupported' && !(await isSeen())) {
        setAsking(true);
        const save = await new Promise<boolean>((resolve) => waiting.current.push(resolve));
        if (!save) throw new Error(i18n.t('panel.unseen.notSaved'));
      }
      return send(request);
    },
    [send, isSeen, visibility],
  );

  return { send: guarded, asking, answer };
}
