import { browser } from 'wxt/browser';
import type { CoachLensDb } from '@/utils/db/app-db';
import { installDefaultSkills } from '@/utils/db/skills';

/**
 * On first install the default skill framework (docs/method.md#the-default-skill-framework) is put in place, so the panel and the
 * popup can rate skills from the first minute. It installs only into an empty skills table, so a
 * manager's edited framework is never overwritten (and an update never touches it).
 */
export function registerInstallDefaults(getDb: () => CoachLensDb): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    installDefaultSkills(getDb()).catch((error: unknown) => console.error('[CoachLens] default skills', error));
  });
}
