/**
 * Whether the browser this build is for docks the panel on a custom CRM site. Firefox does not: its
 * build lets only the built-in CRM hosts load CoachLens's files (so no other site can tell it is
 * installed), Firefox holds the content script on a custom site to that too, and a manifest cannot
 * grow at run time (wxt.config.ts, docs/security.md). Chrome and Edge do.
 */
export function docksPanelOnCustomSites(browser: string): boolean {
  return browser !== 'firefox';
}
