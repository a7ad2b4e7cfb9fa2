import { storage } from 'wxt/utils/storage';
import { panelStateKey, type PanelState } from './panel-state';

/** The panel's collapsed state per CRM, written by the panel page (the content script reads it leanly). */
export const panelStateItem = storage.defineItem<PanelState>(`local:${panelStateKey}`, {
  fallback: {},
  version: 1,
});
