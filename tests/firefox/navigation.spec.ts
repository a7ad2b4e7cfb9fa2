import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { crmFixture, fixturePageNames, navigateInApp, nonRecordUrl } from '../e2e/crm-fixtures.ts';
import { firefoxStory, headingOf, panelFrame, panelHostCount, poll, type FirefoxSession } from './firefox.ts';
import type { CrmId } from '../../utils/crm/types';

/**
 * Account page → pushState to a deal (the panel shows the deal) → pushState to a list (the panel
 * goes). How long each took is reported, not asserted (speed is for the benchmarks); the 5 s limit only says "noticed".
 */
async function followTheApp(firefox: FirefoxSession, t: TestContext, crm: CrmId) {
  const account = crmFixture(crm, 'account');
  const deal = crmFixture(crm, 'deal');
  firefox.serveCrmPage(account.url, account.html);
  const page = await firefox.openCrmPage(account.url);
  const panel = await panelFrame(page);
  const watcher = (await page.evaluate(() => 'navigation' in window))
    ? 'Navigation API'
    : 'no Navigation API (WXT polls)';
  await poll(
    () => headingOf(panel),
    (h) => h === 'Which of your accounts is this?',
    'the unknown-account view',
  );

  let start = performance.now();
  await navigateInApp(page, deal.url, deal.html);
  await poll(
    () => headingOf(panel),
    (h) => h === fixturePageNames[crm].deal,
    `${crm}: the deal in the panel`,
    5_000,
  );
  const toDeal = performance.now() - start;
  assert.equal(await panelHostCount(page), 1, 'the panel is kept, not mounted twice');

  start = performance.now();
  await navigateInApp(page, nonRecordUrl(crm, account.url));
  await poll(
    () => panelHostCount(page),
    (count) => count === 0,
    `${crm}: the panel to go on a list`,
    5_000,
  );
  const toList = performance.now() - start;
  t.diagnostic(
    `${watcher}, ${crm}: deal shown after ${toDeal.toFixed(0)} ms, panel gone ${toList.toFixed(0)} ms after the list`,
  );
  await page.close();
}

firefoxStory(
  'salesforce and hubspot: the panel follows the app from an account to a deal and goes on a list',
  async (firefox, t) => {
    for (const crm of ['salesforce', 'hubspot'] as const) await followTheApp(firefox, t, crm);
  },
);

// Firefox gained the Navigation API after 140, the oldest version the add-on supports; without it
// WXT's location watcher polls once a second. This pref takes it away, as on Firefox 140.
firefoxStory(
  'without the Navigation API (Firefox 140), the panel still follows the app',
  async (firefox, t) => {
    const page = await firefox.browser.newPage();
    assert.equal(await page.evaluate(() => 'navigation' in window), false, 'the pref removes the Navigation API');
    await page.close();
    await followTheApp(firefox, t, 'salesforce');
  },
  { 'dom.navigation.webidl.enabled': false },
);
