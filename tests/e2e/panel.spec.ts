import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { crmFixture, navigateInApp } from './crm-fixtures';
import { expect, panelFrame, panelHost, test, type ExtensionFixtures } from './extension-fixtures';

const account = crmFixture('salesforce', 'account');
const deal = crmFixture('salesforce', 'deal');
const user = crmFixture('salesforce', 'user');

async function openCrmPage(fixtures: Pick<ExtensionFixtures, 'context' | 'serveCrmPage'>, fixture = account) {
  await fixtures.serveCrmPage(fixture.url, fixture.file);
  const page = await fixtures.context.newPage();
  await page.goto(fixture.url);
  return page;
}

/** Creates the page's record from the panel's "unknown record" view, as a manager would. */
async function createFromPanel(page: Page, heading: string) {
  const panel = await panelFrame(page);
  await panel.getByRole('button', { name: /^Create “/ }).click();
  await expect(panel.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  return panel;
}

test('manager links an unknown rep page and sees the coaching view, with empty states that say what to do', async ({
  context,
  serveCrmPage,
}) => {
  const page = await openCrmPage({ context, serveCrmPage }, user);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Which of your reps is this?' })).toBeVisible();
  await createFromPanel(page, 'Dana Whitfield');

  // Added a moment ago: not overdue yet, and nothing to look at.
  await expect(panel.getByText('Not observed yet · on track (target every 14 days)')).toBeVisible();
  await expect(panel.getByText('No observations of Dana Whitfield yet — log one from the toolbar')).toBeVisible();
  await expect(panel.getByText('No development plan yet.')).toBeVisible();
  // The default framework is installed on first run: every skill is listed, none observed yet.
  await expect(panel.getByRole('row', { name: /Discovery & need development/ })).toContainText('not observed');
  await expect(panel.getByText(/to look at/)).toHaveCount(0);
});

test('strategy answers typed in the panel are saved, survive a reload, and the unanswered count follows', async ({
  context,
  serveCrmPage,
}) => {
  const page = await openCrmPage({ context, serveCrmPage });
  const panel = await createFromPanel(page, 'Globex Corporation');
  await expect(panel.getByText('16 of 16 prompts unanswered')).toBeVisible();

  await panel.getByLabel(/single objective/).fill('Agree the pilot scope and a go-live date');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(panel.getByText('15 of 16 prompts unanswered')).toBeVisible();

  await page.reload();
  const reloaded = await panelFrame(page);
  await expect(reloaded.getByLabel(/single objective/)).toHaveValue('Agree the pilot scope and a go-live date');
});

test('a deal page shows its account’s strategy and the owner rep, found from the page', async ({
  context,
  serveCrmPage,
}) => {
  const page = await openCrmPage({ context, serveCrmPage });
  await createFromPanel(page, 'Globex Corporation');

  await navigateInApp(page, deal.url, deal.html);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { level: 1, name: 'Globex Platform Renewal 2027' })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: 'Globex Corporation' })).toBeVisible();
  await expect(panel.getByText('Prepare the next meeting')).toBeVisible();
});

test('the collapsed panel stays collapsed across in-app navigation, and opens again by keyboard', async ({
  context,
  serveCrmPage,
}) => {
  const page = await openCrmPage({ context, serveCrmPage });
  const panel = await panelFrame(page);
  const width = () => panelHost(page).evaluate((host) => host.getBoundingClientRect().width);
  await expect.poll(width).toBe(380);

  await panel.getByRole('button', { name: 'Hide the coaching panel' }).click();
  await expect.poll(width).toBe(44);

  await navigateInApp(page, deal.url, deal.html);
  await expect(panel.getByRole('button', { name: /Show the coaching panel/ })).toBeVisible();
  await expect.poll(width).toBe(44);

  await panel.getByRole('button', { name: /Show the coaching panel/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(width).toBe(380);
});

interface Probe {
  ticks: number;
  framesReached: number;
  seen: string[];
}

test('a hostile page that reads the DOM, shadow roots and messages never sees coaching data, and its forged messages do nothing', async ({
  context,
  extensionId,
  serveCrmPage,
}) => {
  const secret = 'Champion is Priya Raman, budget 1.2M';
  const probeScript = readFileSync(path.resolve('tests/fixtures/hostile/probe.js'), 'utf8');
  await serveCrmPage(account.url, account.file, (html) =>
    html.replace('<head>', `<head><script>${probeScript}</script>`),
  );
  const page = await context.newPage();
  await page.goto(account.url);
  const panel = await createFromPanel(page, 'Globex Corporation');
  await panel.getByLabel(/single objective/).fill(secret);
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Let the probe run for a while with the data on screen.
  const probe = () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  await expect.poll(async () => (await probe()).ticks).toBeGreaterThan(10);
  // The panel's frame sits in a closed shadow root the page cannot reach: not even listed in window.frames.
  expect((await probe()).framesReached).toBe(0);
  const seen = (await probe()).seen.join('\n');
  expect(seen).toContain('Globex Corporation'); // the probe does see the page's own content
  expect(seen).not.toContain('Priya Raman');
  expect(seen).not.toContain('prompts unanswered');
  // No message of ours reaches the page: WXT's "content script started" post would name the
  // extension's id, telling any page that CoachLens is installed.
  expect(seen).not.toContain('content-script-started');
  expect(seen).not.toContain(extensionId);

  // The forged "create account" requests posted into the panel frame were ignored.
  await expect(panel.getByLabel(/single objective/)).toHaveValue(secret);
  await expect(panel.getByText('Forged by the page')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the panel's account, deal and rep views (${colorScheme})`, async ({
    context,
    serveCrmPage,
  }) => {
    const page = await openCrmPage({ context, serveCrmPage });
    await page.emulateMedia({ colorScheme });
    const panel = await panelFrame(page);
    await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
    await expectNoAxeViolations(panel);

    await createFromPanel(page, 'Globex Corporation');
    await expectNoAxeViolations(panel);

    await navigateInApp(page, deal.url, deal.html);
    await expect(panel.getByRole('heading', { level: 1, name: 'Globex Platform Renewal 2027' })).toBeVisible();
    await expectNoAxeViolations(panel);

    await serveCrmPage(user.url, user.file);
    await page.goto(user.url);
    const userPanel = await panelFrame(page);
    await createFromPanel(page, 'Dana Whitfield');
    await expectNoAxeViolations(userPanel);
  });
}

/** The part of the service worker's `chrome` API the badge test reads. */
interface ChromeBadgeApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

test('the toolbar badge counts what needs attention on a linked record, and nothing elsewhere', async ({
  context,
  serveCrmPage,
  openExtensionPage,
}) => {
  const page = await openCrmPage({ context, serveCrmPage }, user);
  const panel = await createFromPanel(page, 'Dana Whitfield');
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeBadgeApi };
    return (await chrome.tabs.query({ url: 'https://acme.lightning.force.com/*' }))[0]!.id!;
  });
  // One rating is too few to trust: "observe again" is the one thing to look at.
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('radiogroup', { name: 'Discovery & need development' }).getByText('3', { exact: true }).click();
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status')).toContainText('Observation saved for Dana Whitfield.');
  await popup.close();
  await panel.getByRole('button', { name: '1 to look at' }).click();
  await expect(panel.getByRole('list', { name: 'What to look at' })).toContainText(
    'Observe Dana Whitfield again on Discovery & need development',
  );
  const badge = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeBadgeApi };
      const [tab] = await chrome.tabs.query({ url: 'https://acme.lightning.force.com/*' });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
  await expect.poll(badge).toBe('1');

  await navigateInApp(page, 'https://acme.lightning.force.com/lightning/o/Account/list');
  await expect.poll(badge).toBe('');
});
