import { crmFixture } from './crm-fixtures';
import { lockTables, readRows, serviceWorkerRunning, stopServiceWorker } from './extension-lifecycle';
import { expect, panelFrame, test } from './extension-fixtures';

/*
 * Chrome stops the service worker whenever it likes, also while a write the manager made
 * in the panel is on its way. The write must land exactly once: the panel reconnects and resends
 * what was not confirmed, and the background recognises a resend. To stop the worker *during* the
 * write, not before or after it, an extension page holds the tables the write needs, so the write
 * waits inside the worker when the worker is stopped.
 */

const account = crmFixture('salesforce', 'account');

test('the worker is stopped while the panel creates an account: after reconnecting there is exactly one account, and the panel says it was saved', async ({
  context,
  serveCrmPage,
  extensionId,
  openExtensionPage,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await page.goto(account.url);
  const panel = await panelFrame(page);
  const create = panel.getByRole('button', { name: 'Create “Globex Corporation”' });
  await expect(create).toBeEnabled();

  const holder = await openExtensionPage('privacy.html');
  const lock = await lockTables(holder, ['accounts', 'reps', 'strategies']);
  await create.click();
  await expect(create).toBeDisabled(); // sent; the worker's write now waits for the tables

  await stopServiceWorker(context, extensionId);
  await expect(panel.getByText('The connection to CoachLens dropped while saving')).toBeVisible();
  await lock.release();

  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();
  await expect(panel.getByText('Reconnected to CoachLens: your change went through.')).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await serviceWorkerRunning(context, extensionId)).toBe(true); // the reconnection woke it
  const accounts = await readRows(holder, 'accounts');
  expect(accounts.map((row) => row.name)).toEqual(['Globex Corporation']);
});

test('the worker is stopped while a strategy answer is saved: one session holds the answer once, and the panel says Saved', async ({
  context,
  serveCrmPage,
  extensionId,
  openExtensionPage,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  const objective = panel.getByLabel(/single objective/);
  await expect(objective).toBeVisible();

  const holder = await openExtensionPage('privacy.html');
  const lock = await lockTables(holder, ['accounts', 'reps', 'strategies']);
  await objective.fill('Agree the pilot scope and a go-live date');
  await objective.blur(); // saves at once instead of after the typing pause
  await expect(panel.getByRole('status').filter({ hasText: 'Saving' })).toBeVisible();

  await stopServiceWorker(context, extensionId);
  await expect(panel.getByText('The connection to CoachLens dropped while saving')).toBeVisible();
  await lock.release();

  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(panel.getByText('15 of 16 prompts unanswered')).toBeVisible();
  await expect(panel.getByText('Reconnected to CoachLens: your change went through.')).toBeVisible();
  const sessions = await readRows(holder, 'strategies');
  expect(sessions).toHaveLength(1);
  expect(Object.values(sessions[0]!.answers as Record<string, string>)).toEqual([
    'Agree the pilot scope and a go-live date',
  ]);
});
