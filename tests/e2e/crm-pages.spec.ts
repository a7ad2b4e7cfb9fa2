import { crmFixture, fixturePageNames, navigateInApp, nonRecordUrl } from './crm-fixtures';
import { expect, panelFrame, panelFrameCount, panelHost, test } from './extension-fixtures';
import type { CrmId } from '../../utils/crm/types';

const crms = Object.entries(fixturePageNames).map(([crm, names]) => ({
  crm: crm as CrmId,
  accountName: names.account,
  dealName: names.deal,
}));

for (const { crm, accountName, dealName } of crms) {
  test(`${crm}: the panel reads the account page, then follows the app to a deal and away to a list`, async ({
    context,
    serveCrmPage,
  }) => {
    const account = crmFixture(crm, 'account');
    const deal = crmFixture(crm, 'deal');
    await serveCrmPage(account.url, account.file);
    const page = await context.newPage();
    await page.goto(account.url);

    const panel = await panelFrame(page);
    await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
    // The name was read from the CRM page's own markup by this CRM's adapter.
    await expect(panel.getByLabel('Name')).toHaveValue(accountName);

    // Same origin for the in-app step (Dynamics fixtures stand for different regional hosts).
    const dealUrl = new URL(new URL(deal.url).pathname + new URL(deal.url).search, account.url).href;
    await navigateInApp(page, dealUrl, deal.html);
    await expect(panel.getByRole('heading', { level: 1, name: dealName })).toBeVisible();
    await expect(panelHost(page)).toHaveCount(1);

    await navigateInApp(page, nonRecordUrl(crm, account.url));
    await expect(panelHost(page)).toHaveCount(0);
    await expect.poll(() => panelFrameCount(page)).toBe(0);
  });
}

test('salesforce: the old one.app hash route is followed too', async ({ context, serveCrmPage }) => {
  const account = crmFixture('salesforce', 'account');
  const oneApp = 'https://acme.lightning.force.com/one/one.app';
  await serveCrmPage(oneApp, account.file);
  const page = await context.newPage();
  await page.goto(`${oneApp}#/home`);
  await expect(panelHost(page)).toHaveCount(0);

  const accountId = new URL(account.url).pathname.split('/')[4];
  await page.evaluate((id) => {
    location.hash = `#/sObject/${id}/view`;
  }, accountId);
  const panel = await panelFrame(page);
  await expect(panel.getByLabel('Name')).toHaveValue('Globex Corporation');
});

test('rapid navigation between records never leaves two panels or a stale record', async ({
  context,
  serveCrmPage,
}) => {
  const account = crmFixture('salesforce', 'account');
  const deal = crmFixture('salesforce', 'deal');
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await page.goto(account.url);
  await panelFrame(page);

  const list = nonRecordUrl('salesforce', account.url);
  for (let round = 0; round < 5; round += 1) {
    await navigateInApp(page, list);
    await navigateInApp(page, account.url, account.html);
    await navigateInApp(page, deal.url, deal.html);
  }
  await expect(panelHost(page)).toHaveCount(1);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Platform Renewal 2027' })).toBeVisible();
  expect(panelFrameCount(page)).toBe(1);
});

test('a CRM page with a strict Content-Security-Policy still gets the docked panel, and CoachLens breaks none of its rules', async ({
  context,
  serveCrmPage,
}) => {
  // Salesforce, HubSpot and Dynamics all send a Content-Security-Policy; this one allows nothing but
  // the page's own origin, inline styles included. The fixture's own <style> block goes, so that
  // every violation reported would be CoachLens's (its loader's import, its frame, its inline styles).
  const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'";
  const account = crmFixture('salesforce', 'account');
  await serveCrmPage(account.url, account.file, (html) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${strictPolicy}">`),
  );
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await expect(panel.getByLabel('Name')).toHaveValue(fixturePageNames.salesforce.account);
  const docked = await panelHost(page).evaluate((host) => {
    const style = getComputedStyle(host);
    return { position: style.position, right: style.right, width: style.width };
  });
  expect(docked).toEqual({ position: 'fixed', right: '0px', width: '380px' });
  expect(violations).toEqual([]);
});
