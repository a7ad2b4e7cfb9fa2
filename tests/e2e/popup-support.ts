import type { BrowserContext, Page } from '@playwright/test';
import { expect, panelFrame } from './extension-fixtures';

/** The few `chrome.*` calls the specs make inside the browser (the project has no `@types/chrome`). */
export interface ChromeApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(key: string): Promise<object>; set(items: object): Promise<void> } };
  runtime: { getManifest(): { permissions?: string[]; commands?: Record<string, { suggested_key?: object }> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

/** Dana Whitfield's Salesforce user page (fixture `crm/salesforce/user.html`, 18-character 005 id). */
export const repPageUrl = 'https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view';

/** Opens Dana's user page and links her as a rep through the panel's create flow. */
export async function openLinkedRepPage(
  context: BrowserContext,
  serveCrmPage: (url: string, fixture: string) => Promise<void>,
): Promise<Page> {
  await serveCrmPage(repPageUrl, 'crm/salesforce/user.html');
  const page = await context.newPage();
  await page.goto(repPageUrl, { waitUntil: 'domcontentloaded' });
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: 'Create “Dana Whitfield”' }).click();
  await expect(panel.getByRole('heading', { name: 'Dana Whitfield' })).toBeVisible();
  return page;
}

/** The CRM tab's id, asked of the service worker (the popup gets it from `?tab=` when it is not the toolbar popup). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Milliseconds from navigation start until the form took input (`performance.mark` in PopupApp). */
export async function timeToInteractive(popup: Page): Promise<number> {
  await expect
    .poll(() => popup.evaluate(() => performance.getEntriesByName('coachlens-popup-interactive').length))
    .toBe(1);
  return popup.evaluate(() => performance.getEntriesByName('coachlens-popup-interactive')[0]!.startTime);
}
