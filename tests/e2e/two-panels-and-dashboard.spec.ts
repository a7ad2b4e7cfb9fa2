import { crmFixture } from './crm-fixtures';
import { collectPageErrors } from './extension-lifecycle';
import { expect, panelFrame, test } from './extension-fixtures';
import { repPageUrl } from './popup-support';

/*
 * The manager works with several CoachLens surfaces open at once: a rep's page and an
 * account's page of the same team in two CRM tabs, each with its panel, and the dashboard. Every
 * write in one shows in the others without a reload (the dashboard reads the database live; the
 * panels get new views from the background), and none of them reports an error.
 */

const account = crmFixture('salesforce', 'account');

test('two panels (rep and account page) and the dashboard stay in step: a write in any one shows in the others', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  await serveCrmPage(repPageUrl, 'crm/salesforce/user.html');
  await serveCrmPage(account.url, account.file);

  const repTab = await context.newPage();
  const repErrors = await collectPageErrors(repTab);
  await repTab.goto(repPageUrl);
  const repPanel = await panelFrame(repTab);
  await repPanel.getByRole('button', { name: 'Create “Dana Whitfield”' }).click();
  await expect(repPanel.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  const accountTab = await context.newPage();
  const accountErrors = await collectPageErrors(accountTab);
  await accountTab.goto(account.url);
  const accountPanel = await panelFrame(accountTab);
  await accountPanel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  // The page shows Dana as the owner: the panel proposes her; here the dashboard sets her instead.
  await expect(accountPanel.getByText("This page shows Dana Whitfield as the account's owner.")).toBeVisible();

  const dashboard = await openExtensionPage('options.html#accounts');
  const dashboardErrors = await collectPageErrors(dashboard);
  await dashboard.getByRole('link', { name: 'Globex Corporation' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Globex Corporation' })).toBeVisible();

  // Dashboard → account panel: the owner rep.
  await dashboard.getByLabel('Owner rep').selectOption({ label: 'Dana Whitfield' });
  await expect(accountPanel.getByText('Owner: Dana Whitfield')).toBeVisible();

  // Account panel → dashboard: a strategy answer.
  await accountPanel.getByLabel(/single objective/).fill('Agree the pilot scope');
  await expect(accountPanel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(dashboard.getByLabel(/single objective/)).toHaveValue('Agree the pilot scope');

  // Dashboard → account panel: another answer, saved from the dashboard.
  const whyNow = dashboard.getByLabel(/Why this account matters/);
  await whyNow.fill('Their renewal decides the 2027 platform');
  await dashboard.getByRole('button', { name: 'Save strategy' }).click();
  await expect(dashboard.getByText('Strategy saved.')).toBeVisible();
  await expect(accountPanel.getByLabel(/Why this account matters/)).toHaveValue(
    'Their renewal decides the 2027 platform',
  );
  await expect(accountPanel.getByLabel(/single objective/)).toHaveValue('Agree the pilot scope');

  // Dashboard → rep panel: the tier set on the rep's page.
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#overview'));
  await dashboard.getByRole('link', { name: 'Dana Whitfield' }).click();
  await dashboard.getByLabel('Set tier').selectOption('star');
  await expect(dashboard.getByText('Tier saved.')).toBeVisible();
  await expect(repPanel.getByText('Star', { exact: true })).toBeVisible();

  expect(repErrors).toEqual([]);
  expect(accountErrors).toEqual([]);
  expect(dashboardErrors).toEqual([]);
});
