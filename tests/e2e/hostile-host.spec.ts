import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { crmFixture } from './crm-fixtures';
import { contentScriptWorld } from './extension-lifecycle';
import { expect, panelFrame, panelFrameCount, panelHost, panelHostSelector, test } from './extension-fixtures';

/*
 * A CRM page shares the custom-element registry with CoachLens's content script. A page that
 * defines the panel host's name first runs its own constructor on the host and takes the closed
 * shadow root through `attachInternals()`: it reads the panel's URL, swaps the frame for a fake
 * panel, or moves the frame into its own element. The host is a built-in element, so no page code
 * runs on it; and a frame reached anyway is rebuilt when its src, attributes or parent change.
 */

const account = crmFixture('salesforce', 'account');
const thief = readFileSync(path.resolve('tests/fixtures/hostile/host-thief.js'), 'utf8');
const fakePanel = `${new URL(account.url).origin}/fake-panel`;

interface Thief {
  constructed: number;
  urls: string[];
}

async function openPage(page: Page) {
  await page
    .context()
    .route(fakePanel, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fake</title><h1>Fake panel</h1>' }),
    );
  await page.goto(account.url);
  return page;
}

const fakeFrames = (page: Page) => page.frames().filter((frame) => frame.url() === fakePanel).length;

test('a page that defines the panel host’s element first gets no shadow root, no panel URL, and cannot swap or move the frame', async ({
  context,
  serveCrmPage,
}) => {
  await serveCrmPage(account.url, account.file, (html) => html.replace('<head>', `<head><script>${thief}</script>`));
  const page = await openPage(await context.newPage());
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
  // Long enough for the thief's 50 ms sweep to have looked many times.
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => (window as unknown as { __hostThief: Thief }).__hostThief);
  expect(seen.urls).toEqual([]);
  expect(seen.constructed).toBe(0);

  await page.evaluate(() => {
    const steal = (window as unknown as { __hostThief: { swap(): void; move(): void } }).__hostThief;
    steal.swap();
    steal.move();
  });
  await page.waitForTimeout(300);
  expect(fakeFrames(page)).toBe(0);
  expect(await page.locator('#thief-box iframe').count()).toBe(0);
  expect(panelFrameCount(page)).toBe(1);
  await expect(
    (await panelFrame(page)).getByRole('heading', { name: 'Which of your accounts is this?' }),
  ).toBeVisible();
});

test('a page that defines the host’s name without shadow roots, or with its own, still gets the panel', async ({
  context,
  serveCrmPage,
}) => {
  for (const definition of [
    "class extends HTMLElement { static disabledFeatures = ['shadow']; }",
    "class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } }",
  ]) {
    await serveCrmPage(account.url, account.file, (html) =>
      html.replace('<head>', `<head><script>customElements.define('coachlens-panel-host', ${definition});</script>`),
    );
    const page = await context.newPage();
    await page.goto(account.url);
    const panel = await panelFrame(page);
    await expect(panel.getByRole('heading', { name: 'Which of your accounts is this?' })).toBeVisible();
    await page.close();
  }
});

test('a panel frame reached anyway is rebuilt when its src, its attributes or its parent change', async ({
  context,
  serveCrmPage,
  extensionId,
}) => {
  await serveCrmPage(account.url, account.file);
  const page = await openPage(await context.newPage());
  await expect(
    (await panelFrame(page)).getByRole('heading', { name: 'Which of your accounts is this?' }),
  ).toBeVisible();

  // What a page holding the closed root could do, done from the one place that can reach it: the
  // content script's own world (`chrome.dom.openOrClosedShadowRoot`).
  const session = await context.newCDPSession(page);
  const world = await contentScriptWorld(session, extensionId);
  const inRoot = (body: string) =>
    session.send('Runtime.evaluate', {
      contextId: world,
      expression: `(() => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('${panelHostSelector}'));
        const frame = root.querySelector('iframe');
        ${body}
      })()`,
    });
  const rebuilt = async () => {
    await expect.poll(() => panelFrameCount(page)).toBe(1);
    expect(fakeFrames(page)).toBe(0);
    await expect(
      (await panelFrame(page)).getByRole('heading', { name: 'Which of your accounts is this?' }),
    ).toBeVisible();
  };

  await inRoot(`frame.src = '${fakePanel}';`);
  await page.waitForTimeout(300);
  await rebuilt();

  await inRoot(`frame.setAttribute('style', 'opacity: 0.01'); frame.setAttribute('sandbox', '');`);
  await page.waitForTimeout(300);
  await rebuilt();
  const attributes = await session.send('Runtime.evaluate', {
    contextId: world,
    returnByValue: true,
    expression: `chrome.dom.openOrClosedShadowRoot(document.querySelector('${panelHostSelector}')).querySelector('iframe').getAttributeNames().sort().join()`,
  });
  expect((attributes as { result: { value: string } }).result.value).toBe('class,src,style,title');

  await inRoot(
    `const box = document.createElement('div'); box.id = 'thief-box'; document.body.append(box); box.append(frame);`,
  );
  await page.waitForTimeout(300);
  expect(await page.locator('#thief-box iframe').count()).toBe(0);
  await rebuilt();
  await expect(panelHost(page)).toHaveCount(1);
});
