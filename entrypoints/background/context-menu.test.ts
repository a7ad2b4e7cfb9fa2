import { fakeBrowser } from 'wxt/testing/fake-browser';
import { crmHostPatterns } from '@/utils/crm/host-patterns';
import { pendingNoteKey } from '@/utils/messaging/pending-note';
import { createContextMenu, logNoteMenuId, logSelectionAsNote } from './context-menu';

beforeEach(() => fakeBrowser.reset());

describe('logSelectionAsNote', () => {
  it('stores the trimmed selection for the popup and opens the toolbar popup', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await logSelectionAsNote({ menuItemId: logNoteMenuId, selectionText: '  We need ROI proof.  ' }, { id: 7 }, 1000);
    expect(await fakeBrowser.storage.session.get(pendingNoteKey)).toEqual({
      [pendingNoteKey]: { text: 'We need ROI proof.', tabId: 7, at: 1000 },
    });
    expect(openPopup).toHaveBeenCalledOnce();
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('falls back to a small window on popup.html?tab=<id> where the popup cannot be opened', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no active window'));
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await logSelectionAsNote({ menuItemId: logNoteMenuId, selectionText: 'x' }, { id: 12 }, 0);
    expect(createWindow).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/popup.html?tab=12' as '/popup.html'),
      type: 'popup',
      width: 420,
      height: 640,
    });
  });

  it('ignores other menu items and empty selections', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    expect(await logSelectionAsNote({ menuItemId: 'other', selectionText: 'x' }, { id: 1 })).toBeNull();
    expect(await logSelectionAsNote({ menuItemId: logNoteMenuId, selectionText: '   ' }, { id: 1 })).toBeNull();
    expect(openPopup).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(pendingNoteKey)).toEqual({});
  });
});

it('creates the menu item for selections on CRM pages only, replacing any earlier one', async () => {
  const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(logNoteMenuId);
  await createContextMenu();
  expect(removeAll).toHaveBeenCalledOnce();
  expect(create).toHaveBeenCalledWith({
    id: logNoteMenuId,
    title: 'Log as observation note',
    contexts: ['selection'],
    documentUrlPatterns: [...crmHostPatterns],
  });
  expect(removeAll.mock.invocationCallOrder[0]).toBeLessThan(create.mock.invocationCallOrder[0]!);
});
