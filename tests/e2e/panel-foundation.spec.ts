import { expect, panelFrame, panelFrameCount, panelHost, test } from './extension-fixtures';

const accountUrl = 'https://acme.lightning.force.com/lightning/r/Account/0019000000B98deAAB/view';
const privateNote = 'Champion is Priya Raman; she needs an ROI case before the January board.';

test('manager adds an account in the dashboard and sees it, with a private note, in the panel on its Salesforce page', async ({
  context,
  extensionId,
  openExtensionPage,
  serveCrmPage,
}) => {
  const options = await openExtensionPage('options.html#accounts');
  await options.getByLabel('Account name').fill('Globex Corporation');
  await options.getByLabel('CRM record id (optional)').fill('0019000000B98deAAB');
  await options.getByLabel('Notes').fill(privateNote);
  await options.getByRole('button', { name: 'Add account' }).click();
  await expect(options.getByRole('region', { name: 'Accounts' }).getByRole('status')).toHaveText(
    'Saved Globex Corporation.',
  );

  await serveCrmPage(accountUrl, 'crm/salesforce/account.html');
  const page = await context.newPage();
  await page.goto(accountUrl);

  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Globex Corporation' })).toBeVisible();
  await expect(panel.getByText(privateNote)).toBeVisible();

  // The panel is an extension page: the CRM page's own DOM never holds CoachLens data.
  expect(panel.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/panel\\.html`));
  expect(await page.content()).not.toContain('Priya Raman');
  expect(await page.evaluate(() => document.documentElement.innerText)).not.toContain('Priya Raman');
});

test('an unknown account page offers to create the account from the page name, and the panel switches to it', async ({
  context,
  serveCrmPage,
}) => {
  await serveCrmPage(accountUrl, 'crm/salesforce/account.html');
  const page = await context.newPage();
  await page.goto(accountUrl);

  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
  await expect(panel.getByLabel('Name')).toHaveValue('Globex Corporation');
  await panel.getByRole('button', { name: 'Create “Globex Corporation”' }).click();
  await expect(panel.getByRole('heading', { name: 'Globex Corporation' })).toBeVisible();
  await expect(panel.getByText('Standard account')).toBeVisible();
});

test('the panel goes away when the CRM navigates in-app to a page that is not a record', async ({
  context,
  serveCrmPage,
}) => {
  await serveCrmPage(accountUrl, 'crm/salesforce/account.html');
  const page = await context.newPage();
  await page.goto(accountUrl);
  await panelFrame(page);
  await expect(panelHost(page)).toHaveCount(1);

  // Lightning routes with pushState; the content script is not re-run.
  await page.evaluate(() => history.pushState({}, '', '/lightning/o/Account/list'));
  await expect(panelHost(page)).toHaveCount(0);
  await expect.poll(() => panelFrameCount(page)).toBe(0);

  await page.evaluate(() => history.back());
  await expect(panelHost(page)).toHaveCount(1);
  await panelFrame(page);
});
