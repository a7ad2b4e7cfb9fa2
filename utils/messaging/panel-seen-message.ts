/**
 * Background → the CRM page's content script: does the page show the panel as drawn? Sent before a
 * write where the browser cannot vouch for the panel itself (entrypoints/crm-page/panel-seen.ts).
 * Its own file, free of zod, because the CRM page script imports it (it has a size budget).
 */
export const checkPanelSeenMessage = 'checkPanelSeen';

export interface PanelSeenAnswer {
  seen: boolean;
}
