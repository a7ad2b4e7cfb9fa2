import { expect, test } from './extension-fixtures';
import { type ChromeApi, openLinkedRepPage, repPageUrl, tabIdOf } from './popup-support';

const selection = 'Prospect: “we have no budget until Q3, unless it pays back this year”.';

test('“Log as observation note” opens the form with the selected text and the page’s rep prefilled', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  await openLinkedRepPage(context, serveCrmPage);
  const tabId = await tabIdOf(context, repPageUrl);

  // What the background's menu handler stores (its logic is unit-tested in context-menu.test.ts);
  // then it opens the popup, here in a tab of its own for the CRM tab.
  const page = await openExtensionPage('popup.html');
  await page.evaluate(
    ([text, tab]) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.set({
        'popup-pending-note': { text, tabId: tab, at: Date.now() },
      }),
    [selection, tabId] as const,
  );
  await page.close();

  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await expect(popup.getByLabel('What I saw')).toHaveValue(selection);
  await expect(popup.getByRole('combobox', { name: 'Rep' })).toHaveValue('Dana Whitfield');
  // A note is used once.
  expect(
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get('popup-pending-note'),
    ),
  ).toEqual({});

  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Dana Whitfield.');
});

test('the manifest registers the keyboard command and the context-menu permission', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const manifest = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest(),
  );
  expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+O' });
  expect(manifest.permissions).toContain('contextMenus');
  const commands = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll(),
  );
  expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBe('Alt+Shift+O');
});
