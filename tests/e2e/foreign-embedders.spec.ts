import type { BrowserContext, Frame, Page } from '@playwright/test';
import { crmFixture } from './crm-fixtures';
import { contentScriptWorld } from './extension-lifecycle';
import { expect, panelFrame, test } from './extension-fixtures';

/*
 * The panel shows a tab's record only where CoachLens docked it: in the top-level CRM page that
 * reported the record. A tab that leaves the CRM keeps no record in the background, a panel frame
 * anywhere else shows nothing, and a frame nested inside the CRM page (a third-party widget
 * embedding the panel's URL) shows nothing either.
 */

const account = crmFixture('salesforce', 'account');
const objective = 'Agree the pilot scope with the CFO';
const evilUrl = 'https://evil.example/';

/**
 * Opens the account page, creates the account and answers one strategy prompt. Returns the panel's
 * URL as the page would see it in the frame's `src` (Chromium's per-session URL, read in the
 * content script's world) and as the loaded frame reports it.
 */
async function openAnsweredAccount(page: Page, extensionId: string): Promise<{ src: string; loaded: string }> {
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  await panel.getByLabel(/single objective/).fill(objective);
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const session = await page.context().newCDPSession(page);
  const world = await contentScriptWorld(session, extensionId);
  const { result } = (await session.send('Runtime.evaluate', {
    contextId: world,
    returnByValue: true,
    expression: "chrome.runtime.getURL('/panel.html')",
  })) as { result: { value: string } };
  await session.detach();
  return { src: result.value, loaded: panel.url() };
}

async function serveEmbedder(context: BrowserContext, url: string, panelUrl: string) {
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Embedder</title><h1>Not a CRM</h1><iframe id="stolen" src="${panelUrl}" width="400" height="600"></iframe>`,
    }),
  );
}

/** The frames at the panel's URL once loaded, and everything they show, a while after they loaded. */
async function shownByStolenPanel(page: Page, panelUrl: string): Promise<string> {
  await expect.poll(() => page.frames().filter((frame) => frame.url() === panelUrl).length).toBe(1);
  const frame = page.frames().find((candidate) => candidate.url() === panelUrl) as Frame;
  await frame.waitForLoadState('load');
  await page.waitForTimeout(1_500); // long enough for a connected panel to have shown its record
  return frame.evaluate(() => document.body.innerText);
}

async function storedContexts(context: BrowserContext): Promise<object> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { get(key: null): Promise<object> } } } }
    ).chrome.storage.session.get(null),
  );
}

test('a tab that leaves the CRM for another site keeps no record, and that site’s copy of the panel shows nothing', async ({
  context,
  serveCrmPage,
  extensionId,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  const panelUrl = await openAnsweredAccount(page, extensionId);
  expect(Object.keys(await storedContexts(context))).toHaveLength(1);

  await serveEmbedder(context, evilUrl, panelUrl.src);
  await page.goto(evilUrl);
  const shown = await shownByStolenPanel(page, panelUrl.loaded);
  expect(shown).not.toContain('Globex');
  expect(shown).not.toContain(objective);
  await expect.poll(async () => Object.keys(await storedContexts(context))).toEqual([]);
});

test('a frame inside the CRM page that embeds the panel’s URL shows nothing', async ({
  context,
  serveCrmPage,
  extensionId,
}) => {
  const widgetUrl = 'https://widgets.example/frame';
  await serveCrmPage(account.url, account.file, (html) =>
    html.replace('</body>', `<iframe id="widget" src="${widgetUrl}" width="400" height="600"></iframe></body>`),
  );
  await context.route(widgetUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Widget</title><script>
        addEventListener('message', (event) => {
          const frame = document.createElement('iframe');
          frame.src = event.data;
          document.body.append(frame);
        });</script>`,
    }),
  );
  const page = await context.newPage();
  const panelUrl = await openAnsweredAccount(page, extensionId);
  // The widget learns the panel's URL (as a page that took the host's shadow root could) and embeds it.
  await page.evaluate(
    (url) => (document.getElementById('widget') as HTMLIFrameElement).contentWindow!.postMessage(url, '*'),
    panelUrl.src,
  );
  const nested = async () => {
    await expect.poll(() => page.frames().filter((frame) => frame.url() === panelUrl.loaded).length).toBe(2);
    return page
      .frames()
      .find((frame) => frame.url() === panelUrl.loaded && frame.parentFrame() !== page.mainFrame()) as Frame;
  };
  const frame = await nested();
  await frame.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  const shown = await frame.evaluate(() => document.body.innerText);
  expect(shown).not.toContain('Globex');
  expect(shown).not.toContain(objective);
  // The docked panel itself still shows the account.
  const docked = page
    .frames()
    .find((candidate) => candidate.url() === panelUrl.loaded && candidate.parentFrame() === page.mainFrame());
  await expect(docked!.getByLabel(/single objective/)).toHaveValue(objective);
});
