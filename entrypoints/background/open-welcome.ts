import { browser } from 'wxt/browser';
import { welcomePath } from '@/utils/dashboard-path';

/**
 * A first install opens the welcome in a new tab, so the manager starts by adding the team rather
 * than on an empty popup. An update or a browser update opens nothing: the team is already there.
 */
export async function openWelcomeOnInstall({ reason }: { reason: string }): Promise<boolean> {
  if (reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(welcomePath as '/options.html') });
  return true;
}

export function registerOpenWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    openWelcomeOnInstall(details).catch((error: unknown) => console.error('[CoachLens] welcome page', error));
  });
}
