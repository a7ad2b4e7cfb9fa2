import { browser } from 'wxt/browser';
import type { ContentMessage, PageContext } from '@/utils/messaging/protocol';

/** Tells the background what this tab shows. Only the page's own facts travel; nothing comes back. */
export async function reportPageContext(context: PageContext | null): Promise<void> {
  const message: ContentMessage = { type: 'reportPageContext', context };
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The extension was reloaded or updated under this tab: this script is orphaned and its
    // context invalidated; WXT removes the panel. Nothing to retry.
    console.debug('[CoachLens] could not report the page', error);
  }
}
