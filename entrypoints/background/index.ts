import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/utils/db/app-db';
import { registerBadge } from './badge';
import { registerContextMenu } from './context-menu';
import { registerCustomDomains } from './custom-domains';
import { registerInstallDefaults } from './install-defaults';
import { registerPanelPorts } from './panel-port';
import { registerRuntimeMessages } from './runtime-messages';
import { TabContexts } from './tab-contexts';
import { TeamCache } from './team-cache';

export default defineBackground(() => {
  const contexts = new TabContexts();
  const cache = new TeamCache(getDb);
  registerInstallDefaults(getDb);
  registerRuntimeMessages(contexts);
  registerContextMenu();
  registerCustomDomains();
  registerPanelPorts(getDb, contexts, cache);
  registerBadge(contexts, cache);
});
