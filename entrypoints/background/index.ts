import { getDb } from '@/utils/db/app-db';
import { registerContentMessages } from './content-messages';
import { registerPanelPorts } from './panel-port';
import { TabContexts } from './tab-contexts';

export default defineBackground(() => {
  const contexts = new TabContexts();
  registerContentMessages(contexts);
  registerPanelPorts(getDb, contexts);
});
