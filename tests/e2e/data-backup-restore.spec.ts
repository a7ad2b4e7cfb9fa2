import { readFileSync } from 'node:fs';
import { sampleBackup } from '../support/sample-backup';
import { expect, panelFrame, test } from './extension-fixtures';

const accountUrl = 'https://acme.lightning.force.com/lightning/r/Account/0019000000B98deAAB/view';

test('manager backs up from the dashboard, deletes everything, restores the file, and sees the same account in the panel', async ({
  context,
  openExtensionPage,
  serveCrmPage,
}) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });

  // Seed: restore a prepared backup through the dashboard, after its preview.
  await data.getByLabel('Backup file to restore').setInputFiles({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleBackup())),
  });
  await expect(data.getByRole('heading', { name: 'What importing seed.json would do' })).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/^Imported \d+ rows from seed\.json\.$/)).toBeVisible();
  await expect(data.getByRole('table', { name: 'Rows' }).getByRole('row', { name: 'Accounts 1' })).toBeVisible();

  // Back up: one click, a real download.
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    data.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^coachlens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; tables: { accounts: unknown[] } };
  expect(backup.format).toBe('coachlens-backup');
  expect(backup.tables.accounts).toHaveLength(1);

  // Wipe.
  await data.getByLabel('Type DELETE to confirm').fill('DELETE');
  await data.getByRole('button', { name: 'Delete all data' }).click();
  await expect(data.getByText('All data deleted, including the copies kept before changes.')).toBeVisible();
  await expect(data.getByRole('table', { name: 'Rows' }).getByRole('row', { name: 'Accounts 0' })).toBeVisible();

  await serveCrmPage(accountUrl, 'crm/salesforce/account.html');
  const crm = await context.newPage();
  await crm.goto(accountUrl);
  await expect((await panelFrame(crm)).getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();

  // Restore the downloaded file.
  await data.getByLabel('Backup file to restore').setInputFiles(backupPath);
  await expect(data.getByRole('row', { name: 'Accounts 1 0 0' })).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/^Imported \d+ rows from /)).toBeVisible();
  await expect(data.getByRole('table', { name: 'Rows' }).getByRole('row', { name: 'Accounts 1' })).toBeVisible();

  await crm.reload();
  await expect((await panelFrame(crm)).getByRole('heading', { name: 'Globex Corporation' })).toBeVisible();
});

test('a bad backup is refused with a message that says where, and nothing changes', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  const newer = { ...sampleBackup(), formatVersion: 99 };
  await data.getByLabel('Backup file to restore').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(newer)),
  });
  await expect(data.getByRole('alert')).toContainText(
    'future.json, field formatVersion: is 99: this backup was made by a newer CoachLens',
  );
  await expect(data.getByRole('table', { name: 'Rows' }).getByRole('row', { name: 'Reps 0' })).toBeVisible();
});
