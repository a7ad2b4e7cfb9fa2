import type { Page } from '@playwright/test';
import { sampleBackup, sampleIds } from '../support/sample-backup';
import { expect, test } from './extension-fixtures';

async function seed(openExtensionPage: (page: string) => Promise<Page>): Promise<void> {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  await data.getByLabel('Backup file to restore').setInputFiles({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sampleBackup())),
  });
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported 9 rows from seed.json.')).toBeVisible();
  await options.close();
}

test('two dashboard tabs on one rep: a save in the stale tab does not undo the other tab’s rename, and a clash is told', async ({
  openExtensionPage,
}) => {
  await seed(openExtensionPage);
  const tab1 = await openExtensionPage(`options.html#rep/${sampleIds.rep}`);
  const tab2 = await openExtensionPage(`options.html#rep/${sampleIds.rep}`);
  await expect(tab1.getByLabel('Rep name')).toHaveValue('Ana Star');

  await tab2.getByLabel('Rep name').fill('Ana Renamed');
  await tab2.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab2.getByText('Profile saved for Ana Renamed.')).toBeVisible();

  // Tab 1 shows the rename, also in the name field it did not touch; its own change saves alone.
  await expect(tab1.getByRole('heading', { name: 'Ana Renamed' }).first()).toBeVisible();
  await expect(tab1.getByLabel('Rep name')).toHaveValue('Ana Renamed');
  await tab1.getByLabel('Email (optional)').fill('ana.new@example.com');
  await tab1.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab1.getByText('Profile saved for Ana Renamed.')).toBeVisible();
  await expect(tab2.getByLabel('Email (optional)')).toHaveValue('ana.new@example.com');
  await expect(tab2.getByLabel('Rep name')).toHaveValue('Ana Renamed');

  // Both tabs change the name: the second save is refused with both names, then goes on request.
  await tab1.getByLabel('Rep name').fill('Ana One');
  await tab2.getByLabel('Rep name').fill('Ana Two');
  await tab2.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab2.getByText('Profile saved for Ana Two.')).toBeVisible();
  await tab1.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab1.getByText(/^Not saved: another tab changed Rep name \(“Ana Two”\)/)).toBeVisible();
  await expect(tab1.getByLabel('Rep name')).toHaveValue('Ana One');
  await expect(tab2.getByLabel('Rep name')).toHaveValue('Ana Two');
  await tab1.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab1.getByText('Profile saved for Ana One.')).toBeVisible();
  await expect(tab2.getByLabel('Rep name')).toHaveValue('Ana One');
});

test('the dashboard’s account strategy saves as the manager types: leaving the section loses nothing', async ({
  openExtensionPage,
}) => {
  await seed(openExtensionPage);
  const dashboard = await openExtensionPage(`options.html#account/${sampleIds.account}`);
  const whyNow = dashboard.getByLabel(/Why this account matters/);
  await whyNow.fill('Their renewal decides the 2027 platform');
  // Straight to another section, before any pause and without saving.
  await dashboard.evaluate(() => (location.hash = '#overview'));
  await expect(dashboard.getByLabel(/Why this account matters/)).toHaveCount(0);

  await dashboard.evaluate((id) => (location.hash = `#account/${id}`), sampleIds.account);
  await expect(dashboard.getByLabel(/Why this account matters/)).toHaveValue('Their renewal decides the 2027 platform');
  await dashboard.reload();
  await expect(dashboard.getByLabel(/Why this account matters/)).toHaveValue('Their renewal decides the 2027 platform');
  // The answer saved before is still there beside it.
  await expect(dashboard.getByLabel(/single objective/)).toHaveValue('Pilot agreement');
});
