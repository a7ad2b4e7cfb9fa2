import type { Frame, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { crmFixture } from './crm-fixtures';
import { expect, panelFrame, test, type ExtensionFixtures } from './extension-fixtures';

/** A Salesforce opportunity whose page names no owner (tests/fixtures/unread/README.md). */
const noOwnerFile = 'unread/salesforce-deal-no-owner.html';
const noOwnerUrl = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Dn00000NoOwn/view';
const user = crmFixture('salesforce', 'user');

type Fixtures = Pick<ExtensionFixtures, 'context' | 'serveCrmPage'>;

/** Dana Whitfield, created from her user page's panel as a manager would. */
async function createDana({ context, serveCrmPage }: Fixtures): Promise<void> {
  await serveCrmPage(user.url, user.file);
  const page = await context.newPage();
  await page.goto(user.url);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: /^Create “/ }).click();
  await expect(panel.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await page.close();
}

async function openNoOwnerDeal({ context, serveCrmPage }: Fixtures): Promise<{ page: Page; panel: Frame }> {
  await serveCrmPage(noOwnerUrl, noOwnerFile);
  const page = await context.newPage();
  await page.goto(noOwnerUrl);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Support Extension' })).toBeVisible();
  return { page, panel };
}

const ownerQuestion = (panel: Frame) =>
  panel.getByRole('region', { name: 'CoachLens could not find the owner on this page' });

/** Presses Tab until the focused element in the panel has this accessible text: reachable by keyboard alone. */
async function tabTo(page: Page, panel: Frame, text: string): Promise<void> {
  for (let presses = 0; presses < 30; presses += 1) {
    if ((await panel.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${text}” in the panel`);
}

test('the panel asks for the owner a deal page does not show, by keyboard, and remembers the answer on reload and the next visit', async ({
  context,
  serveCrmPage,
}) => {
  await createDana({ context, serveCrmPage });
  const { page, panel } = await openNoOwnerDeal({ context, serveCrmPage });
  await expect(ownerQuestion(panel)).toContainText(
    'Who owns this deal? CoachLens remembers your answer for this deal and will not ask again.',
  );

  // Keyboard only: from the panel's first control, Tab to the rep and press Enter.
  await panel.getByRole('button', { name: 'Panel menu' }).focus();
  await tabTo(page, panel, 'Dana Whitfield');
  await page.keyboard.press('Enter');
  await expect(ownerQuestion(panel)).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeVisible();
  await expect(panel.getByText('You chose this owner: the page does not show one.')).toBeVisible();

  await page.reload();
  const reloaded = await panelFrame(page);
  await expect(reloaded.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeVisible();
  await expect(ownerQuestion(reloaded)).toHaveCount(0);

  const second = await openNoOwnerDeal({ context, serveCrmPage });
  await expect(second.panel.getByRole('heading', { level: 2, name: 'Dana Whitfield' })).toBeVisible();
  await expect(ownerQuestion(second.panel)).toHaveCount(0);
});

test('"What CoachLens read on this page" opens from the panel’s menu by keyboard and names the URL’s CRM, kind and id', async ({
  context,
  serveCrmPage,
}) => {
  const { page, panel } = await openNoOwnerDeal({ context, serveCrmPage });
  const menu = panel.getByRole('button', { name: 'Panel menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'What CoachLens read on this page' })).toBeFocused();
  await page.keyboard.press('Enter');

  const report = panel.getByRole('region', { name: 'What CoachLens read on this page' });
  await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
  const line = (label: string) => report.getByText(label, { exact: true }).locator('xpath=following-sibling::dd');
  await expect(line('CRM')).toHaveText('Salesforce');
  await expect(line('Page kind')).toHaveText('deal');
  // The 15-character id in the URL, in the 18-character form CoachLens keeps.
  await expect(line('Record id')).toHaveText(/^006Dn00000NoOwn[A-Z0-5]{3}$/);
  await expect(line("Owner's name")).toHaveText('not found: no rule matched');
  await expect(report).not.toContainText('Globex');

  // Copied as plain text for a support report: the frame sits in another site's page, where
  // Chrome refuses it the clipboard API, and the copy still lands.
  await tabTo(page, panel, 'Copy as text');
  await page.keyboard.press('Enter');
  await expect(report.getByRole('status')).toHaveText('Copied as plain text: paste it into your support report.');
  await context.grantPermissions(['clipboard-read'], { origin: new URL(noOwnerUrl).origin });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^What CoachLens read on this page\n/);
  expect(copied).toContain('  Record id: 006Dn00000NoOwn');
  expect(copied).toContain("  Owner's name: not found: no rule matched");
  expect(copied).not.toMatch(/Globex|Dana/);

  await tabTo(page, panel, 'Back to coaching');
  await page.keyboard.press('Enter');
  await expect(menu).toBeFocused();
  await expect(ownerQuestion(panel)).toBeVisible();
});

test('an account page showing its owner, who is a linked rep, proposes that rep as the account’s owner rep', async ({
  context,
  serveCrmPage,
}) => {
  await createDana({ context, serveCrmPage });
  const account = crmFixture('salesforce', 'account');
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: /^Create “/ }).click();
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Corporation' })).toBeVisible();

  await expect(panel.getByText("This page shows Dana Whitfield as the account's owner.")).toBeVisible();
  await expect(panel.getByText(/No owner rep set yet/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Make Dana Whitfield the owner rep' }).click();
  await expect(panel.getByText(/^Owner: Dana Whitfield/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Make Dana Whitfield the owner rep' })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the panel's question and its page reading (${colorScheme})`, async ({
    context,
    serveCrmPage,
  }) => {
    await createDana({ context, serveCrmPage });
    const { page, panel } = await openNoOwnerDeal({ context, serveCrmPage });
    await page.emulateMedia({ colorScheme });
    await expect(ownerQuestion(panel)).toBeVisible();
    await expectNoAxeViolations(panel);

    await panel.getByRole('button', { name: 'Panel menu' }).click();
    await expectNoAxeViolations(panel);
    await panel.getByRole('button', { name: 'What CoachLens read on this page' }).click();
    await expect(panel.getByRole('heading', { level: 1, name: 'What CoachLens read on this page' })).toBeVisible();
    await expectNoAxeViolations(panel);
  });
}
