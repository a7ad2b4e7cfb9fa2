import type { Crm } from '../schemas/common';

/** Per CRM: whether the manager collapsed the panel to its slim tab. Remembered across pages. */
export type PanelState = Partial<Record<Crm, { collapsed: boolean }>>;

/** Its key in `storage.local` (`utils/storage/items.ts` defines the item that writes it; the page script only reads it). */
export const panelStateKey = 'panelState';

export function isCollapsed(state: PanelState, crm: Crm): boolean {
  return state[crm]?.collapsed ?? false;
}

/** Widths of the docked frame, in CSS pixels: the full panel, and the slim tab it collapses to. */
export const panelWidths = { expanded: 380, collapsed: 44 } as const;
