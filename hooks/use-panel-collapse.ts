import { useEffect, useState } from 'react';
import type { Crm } from '@/utils/schemas/common';
import { isCollapsed } from '@/utils/panel/panel-state';
import { panelStateItem } from '@/utils/storage/items';

/**
 * Whether the panel is collapsed on this CRM. The state lives in extension storage: the content
 * script watches the same item and narrows the frame, so the page never learns anything from it.
 */
export function usePanelCollapse(crm: Crm | undefined) {
  const [collapsed, setCollapsedState] = useState(false);

  useEffect(() => {
    if (!crm) return;
    let live = true;
    void panelStateItem.getValue().then((state) => {
      if (live) setCollapsedState(isCollapsed(state, crm));
    });
    const unwatch = panelStateItem.watch((state) => setCollapsedState(isCollapsed(state ?? {}, crm)));
    return () => {
      live = false;
      unwatch();
    };
  }, [crm]);

  const setCollapsed = (value: boolean) => {
    if (!crm) return;
    setCollapsedState(value);
    void panelStateItem.getValue().then((state) => panelStateItem.setValue({ ...state, [crm]: { collapsed: value } }));
  };

  return { collapsed, setCollapsed };
}
