import { crmFixture } from './crm-fixtures';
import { expect, panelFrame, test, type ExtensionFixtures } from './extension-fixtures';

const user = crmFixture('salesforce', 'user');
const account = crmFixture('salesforce', 'account');
const nativeDeal = crmFixture('salesforce', 'deal-native-de');

async function openCrmPage(fixtures: Pick<ExtensionFixtures, 'context' | 'serveCrmPage'>, fixture = account) {
  await fixtures.serveCrmPage(fixture.url, fixture.file);
  const page = await fixtures.context.newPage();
  await page.goto(fixture.url);
  return page;
}

test('a German Salesforce opportunity in native shadow DOM shows its owner rep’s coaching and its account’s strategy', async ({
  context,
  serveCrmPage,
}) => {
  // The rep and the account are linked from their own pages first, as a manager would.
  const userPage = await openCrmPage({ context, serveCrmPage }, user);
  const repPanel = await panelFrame(userPage);
  await repPanel.getByRole('button', { name: 'Create “Dana Whitfield”' }).click();
  await expect(repPanel.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  const accountPage = await openCrmPage({ context, serveCrmPage }, account);
  const accountPanel = await panelFrame(accountPage);
  await accountPanel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  await expect(accountPanel.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();

  // Every fact of this page sits in open shadow roots its own script attached, labelled in German.
  const page = await openCrmPage({ context, serveCrmPage }, nativeDeal);
  expect(await page.evaluate(() => document.querySelector('records-highlights2, force-owner-lookup'))).toBeNull();
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Platform Renewal 2027' })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: 'Globex Corporation' })).toBeVisible();
  await expect(panel.getByText('Prepare the next meeting')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeVisible();
  await expect(panel.getByText('Not observed yet · on track (target every 14 days)')).toBeVisible();
});
