import { crmFixture } from './crm-fixtures';
import { closedShadowText, collectPageErrors, reloadExtension } from './extension-lifecycle';
import { expect, panelFrame, panelFrameCount, panelHost, test } from './extension-fixtures';

/*
 * The extension is reloaded or updated while CRM tabs are open. Chrome keeps the old
 * content script running in those tabs but cuts it off from the extension, and does not put the new
 * one in. The old script must notice, let go of its listeners and observers, replace the dead panel
 * with a short "reload this page" note, and raise no error on the page.
 */

const account = crmFixture('salesforce', 'account');

test('after the extension is reloaded, an open CRM tab shows a "reload this page" note instead of a dead panel, with no errors, and a reload brings the panel back', async ({
  context,
  serveCrmPage,
  extensionId,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  await page.goto(account.url);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();

  await reloadExtension(context, extensionId);

  await expect
    .poll(() => closedShadowText(page, 'data-coachlens-panel'))
    .toContain('CoachLens was updated: reload this page to see the coaching panel.');
  expect(panelFrameCount(page)).toBe(0); // the orphaned panel frame is gone, not left broken
  // The old script let go of its page observers: the page changing does not bring anything back.
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await page.evaluate(() => history.pushState({}, '', location.href.replace('/view', '/related/Contacts/view')));
  expect(await panelHost(page).count()).toBe(1);
  expect(panelFrameCount(page)).toBe(0);
  expect(errors).toEqual([]);

  await page.goto(account.url);
  const fresh = await panelFrame(page);
  await expect(fresh.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
  expect(await closedShadowText(page, 'data-coachlens-panel')).not.toContain('CoachLens was updated');
  expect(errors).toEqual([]);
});

test('the note can be dismissed, and then nothing of CoachLens is left in the page', async ({
  context,
  serveCrmPage,
  extensionId,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await context.newPage();
  await page.goto(account.url);
  await panelFrame(page);
  await reloadExtension(context, extensionId);
  await expect.poll(() => closedShadowText(page, 'data-coachlens-panel')).toContain('CoachLens was updated');

  // The dismiss button (×) sits at the note's right end, in the closed shadow root no locator
  // reaches: click it where the manager would.
  const box = await panelHost(page).boundingBox();
  if (!box) throw new Error('the note has no box');
  expect(box.width).toBeLessThan(400); // a small note, not a panel-sized blank
  await page.mouse.click(box.x + box.width - 24, box.y + box.height / 2);
  await expect(panelHost(page)).toHaveCount(0);
});
