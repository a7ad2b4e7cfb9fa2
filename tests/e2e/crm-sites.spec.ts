import type { BrowserContext, Worker } from '@playwright/test';
import { crmFixture } from './crm-fixtures';
import { expect, panelHost, test } from './extension-fixtures';

const dynamicsAccount = crmFixture('dynamics', 'account');
const customOrigin = 'https://crm.acme-onprem.example';
// The same record page as the fixture, on the customer's own Dynamics server.
const customUrl = `${customOrigin}${new URL(dynamicsAccount.url).pathname}${new URL(dynamicsAccount.url).search}`;

declare const chrome: {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
};

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

function storedCustomDomains(worker: Worker) {
  return worker.evaluate(async () => (await chrome.storage.local.get(['customDomains'])).customDomains ?? []);
}

test('manager types addresses CoachLens cannot accept and is told why, next to the field; nothing is saved', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#crm-sites');
  await expect(options.getByRole('heading', { level: 2, name: 'CRM sites' })).toBeVisible();
  const field = options.getByRole('textbox', { name: 'Site address' });

  const refused: [string, string][] = [
    ['*', 'Wildcards and <all_urls> are not allowed'],
    ['<all_urls>', 'Wildcards and <all_urls> are not allowed'],
    ['http://crm.acme-onprem.example', 'Use the https:// address: https://crm.acme-onprem.example.'],
    ['https://*.acme-onprem.example', 'Wildcards and <all_urls> are not allowed'],
    ['https://xn--bcher-kva.example', 'plain ASCII address'],
    ['https://crm.bücher.example', 'plain ASCII address'],
    ['https://admin:secret@crm.acme-onprem.example', 'Leave out the user name and password'],
    ['https://co.uk', 'is a shared domain ending'],
    ['https://acme.crm4.dynamics.com', 'is a Dynamics 365 address, which CoachLens already supports'],
    ['crm.acme-onprem.example', 'Start the address with https://'],
  ];
  for (const [input, message] of refused) {
    await field.fill(input);
    await field.press('Enter'); // the keyboard submits the form too
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The message is the field's description, so a screen reader reads it with the field.
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  await expect(options.getByText('No CRM sites of your own yet.')).toBeVisible();
  expect(await storedCustomDomains(await serviceWorker(context))).toEqual([]);
});

test('a custom CRM site the manager has not granted gets no content script, while a built-in CRM page does', async ({
  context,
  serveCrmPage,
}) => {
  const worker = await serviceWorker(context);
  // The site is in the list (say, restored from a backup) but its permission was never granted.
  await worker.evaluate(async (origin) => {
    await chrome.storage.local.set({ customDomains: [{ origin, crm: 'dynamics' }], customDomains$: { v: 1 } });
  }, customOrigin);
  await expect
    .poll(() =>
      worker.evaluate(async () => (await chrome.storage.local.get(['customDomainStatus'])).customDomainStatus),
    )
    .toEqual({ [customOrigin]: 'not-granted' });
  expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  expect(await worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), customOrigin)).toBe(false);

  // The same Dynamics page on its usual host gets the panel: the fixture and the script work.
  await serveCrmPage(dynamicsAccount.url, dynamicsAccount.file);
  const builtIn = await context.newPage();
  await builtIn.goto(dynamicsAccount.url);
  await expect(panelHost(builtIn)).toHaveCount(1);

  await serveCrmPage(customUrl, dynamicsAccount.file);
  const custom = await context.newPage();
  await custom.goto(customUrl);
  await custom.waitForLoadState('load');
  await expect(custom.getByRole('heading', { name: 'Globex Corporation' }).first()).toBeVisible();
  // Give a content script every chance to run (document_idle, then its storage read) before checking.
  await builtIn.bringToFront();
  await custom.bringToFront();
  await custom.waitForTimeout(1_500);
  await expect(panelHost(custom)).toHaveCount(0);
});
