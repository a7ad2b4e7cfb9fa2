import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/utils/db/app-db';
import { registerBadge } from './badge';
import { registerContextMenu } from './context-menu';
import { registerCustomDomains } from './custom-domains';
import { registerInstallDefaults } from './install-defaults';
import { registerOpenWelcome } from './open-welcome';
import { registerPanelPorts } from './panel-port';
import { registerRuntimeMessages } from './runtime-messages';
import { TabContexts } from './tab-contexts';
import { TeamCache } from './team-cache';
import { EarlyRepViews } from './early-rep-views';
import { ReadPriority } from '@/utils/db/read-priority';

export default defineBackground(() => {
  const contexts = new TabContexts();
  const readPriority = new ReadPriority();
  const cache = new TeamCache(getDb, { readPriority });
  const early = new EarlyRepViews(getDb, cache, readPriority);
  // Before the badge's listener, which starts the cache's read: the rep's own reads go first.
  contexts.subscribe((tabId, context) => early.prepare(tabId, context));
  registerInstallDefaults(getDb);
  registerOpenWelcome();
  registerRuntimeMessages(contexts);
  registerContextMenu();
  registerCustomDomains();
  registerPanelPorts(getDb, contexts, cache, early);
  registerBadge(contexts, cache);
});
