import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { crmHostPatterns } from '@/utils/crm/host-patterns';
import { pendingNoteFrom, pendingNoteKey, type PendingNote } from '@/utils/messaging/pending-note';

export const logNoteMenuId = 'coachlens-log-note';

/** The popup for a tab, in a small window of its own: the fallback where `action.openPopup` is missing or refused. */
export function popupWindowUrl(tabId: number | undefined): string {
  const path = tabId === undefined || tabId < 0 ? '/popup.html' : `/popup.html?tab=${tabId}`;
  return browser.runtime.getURL(path as '/popup.html');
}

/** Firefox MV2 names the toolbar button `browserAction`. */
function toolbarAction(): { openPopup?: () => Promise<void> } | undefined {
  const api = browser as unknown as {
    action?: { openPopup?: () => Promise<void> };
    browserAction?: { openPopup?: () => Promise<void> };
  };
  return api.action ?? api.browserAction;
}

/** Stores the selection for the popup, then opens it: as the toolbar popup, or in a small window. */
export async function logSelectionAsNote(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
  now: number = Date.now(),
): Promise<PendingNote | null> {
  if (info.menuItemId !== logNoteMenuId) return null;
  const note = pendingNoteFrom(info.selectionText, tab?.id, now);
  if (!note) return null;
  await browser.storage.session.set({ [pendingNoteKey]: note });
  try {
    const openPopup = toolbarAction()?.openPopup;
    if (!openPopup) throw new Error('no openPopup here');
    await openPopup();
  } catch {
    await browser.windows.create({ url: popupWindowUrl(note.tabId), type: 'popup', width: 420, height: 640 });
  }
  return note;
}

/** (Re)creates the menu item: on install and update only, and idempotently (menus persist across restarts). */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: logNoteMenuId,
    title: i18n.t('popup.contextMenu'),
    contexts: ['selection'],
    documentUrlPatterns: [...crmHostPatterns],
  });
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void logSelectionAsNote(info, tab).catch((error: unknown) =>
      console.warn('[CoachLens] could not log the selection as a note', error),
    );
  });
}
