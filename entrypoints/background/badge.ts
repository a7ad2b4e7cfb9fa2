import { browser } from 'wxt/browser';
import type { PageContext } from '@/utils/messaging/protocol';
import { attentionCount } from '@/utils/panel/attention';
import { buildPanelView } from './build-panel-view';
import type { TabContexts } from './tab-contexts';
import type { TeamCache, TeamData } from './team-cache';

/**
 * The toolbar badge: on a CRM page of a linked rep or account, how many things need attention
 * there (overdue observation, plan reviews due, an unprepared key meeting). Nothing on other sites:
 * a tab without a record has no badge. The team data is watched only while some tab shows a record.
 */
export function registerBadge(contexts: TabContexts, cache: TeamCache): void {
  const tabs = new Map<number, PageContext>();
  let data: TeamData | Error | undefined;
  let stopData: (() => void) | undefined;

  const paint = (tabId: number) => {
    const context = tabs.get(tabId);
    const count = context && data && !(data instanceof Error) ? attentionCount(buildPanelView(data, context)) : 0;
    void toolbarButton()
      .setBadgeText({ tabId, text: count > 0 ? String(count) : '' })
      .catch(() => undefined);
  };

  contexts.subscribe((tabId, context) => {
    if (context?.ref.kind && context.ref.id) tabs.set(tabId, context);
    else tabs.delete(tabId);
    if (tabs.size > 0 && !stopData) {
      stopData = cache.subscribe((latest) => {
        data = latest;
        for (const id of tabs.keys()) paint(id);
      });
    } else if (tabs.size === 0 && stopData) {
      stopData();
      stopData = undefined;
      data = undefined;
    }
    paint(tabId);
  });

  void toolbarButton()
    .setBadgeBackgroundColor({ color: '#8a5a00' })
    .catch(() => undefined);
}

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  const button = api.action ?? api.browserAction;
  if (!button) throw new Error('No toolbar button API');
  return button;
}
