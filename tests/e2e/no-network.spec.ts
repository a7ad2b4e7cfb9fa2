import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crmFixture } from './crm-fixtures';
import { expect, panelFrame, test } from './extension-fixtures';
import { openLinkedRepPage, repPageUrl, tabIdOf } from './popup-support';

/**
 * No network (docs/architecture.md#rules): the extension makes no network requests at all. Every request the browser makes
 * during a whole session — CRM pages, panel, popup, dashboard, export — is recorded; the only web
 * requests allowed are the CRM pages the test itself opened.
 */
test('a whole session (panel, popup, dashboard, backup export) makes no request beyond the CRM pages opened', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const account = crmFixture('salesforce', 'account');
  await serveCrmPage(account.url, account.file);

  // Panel: link a rep page, then an account page, and answer a prompt.
  await openLinkedRepPage(context, serveCrmPage);
  const crmPage = await context.newPage();
  await crmPage.goto(account.url, { waitUntil: 'domcontentloaded' });
  const panel = await panelFrame(crmPage);
  await panel.getByRole('button', { name: /^Create “/ }).click();
  await panel.getByLabel(/single objective/).fill('Agree the pilot scope');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Popup: log an observation for the rep page.
  const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(context, repPageUrl)}`);
  await popup.getByLabel('What I saw').fill('Opened with the customer’s agenda.');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByText('Observation saved for Dana Whitfield.')).toBeVisible();

  // Dashboard: overview, stars vs core, and a backup download.
  const dashboard = await openExtensionPage('options.html#overview');
  await expect(dashboard.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await dashboard.goto(dashboard.url().replace('#overview', '#stars'));
  await dashboard.goto(dashboard.url().replace('#stars', '#data'));
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Download backup' }).click();
  await download;

  const web = requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
  expect(web.length).toBeGreaterThan(0); // the recorder works: the CRM pages themselves were seen
  expect(web.filter((url) => url !== account.url && url !== repPageUrl)).toEqual([]);
});

/**
 * The extension pages' Content-Security-Policy (`connect-src 'self'`, wxt.config.ts) makes the
 * browser itself refuse any connection from CoachLens's own code, the service worker included,
 * which a request recorder cannot see. A local server counts what reaches it: nothing may.
 */
test('the browser refuses a network connection from the service worker and from an extension page', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
    response.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The catch-all abort is for web pages; this server is the one place a request could arrive.
  await context.unrouteAll();
  try {
    const tryFetch = (url: string) =>
      fetch(url).then(
        (response) => response.text(),
        (error: unknown) => `refused: ${String(error)}`,
      );
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
    const fromWorker = await worker.evaluate(tryFetch, `${target}/worker`);
    const page = await openExtensionPage('privacy.html');
    const fromPage = await page.evaluate(tryFetch, `${target}/page`);
    // A beacon is queued whatever happens to it: only the server can tell.
    await page.evaluate((url) => navigator.sendBeacon(url, 'x'), `${target}/beacon`);

    expect(fromWorker).toMatch(/^refused/);
    expect(fromPage).toMatch(/^refused/);
    await page.waitForTimeout(300);
    expect(hits).toEqual([]);
  } finally {
    server.close();
  }
});
