import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crmFixture } from '../e2e/crm-fixtures.ts';
import {
  clickRole,
  extensionOrigin,
  firefoxStory,
  headingOf,
  panelFrame,
  poll,
  textOf,
  waitForHeading,
  waitForText,
} from './firefox.ts';

/*
 * Hostile CRM pages in Firefox (the Chromium side: tests/e2e/hostile-host.spec.ts and friends).
 */

const account = crmFixture('salesforce', 'account');
const hostile = (name: string) => readFileSync(path.resolve('tests/fixtures/hostile', name), 'utf8');
const withScript = (script: string) => account.html.replace('<head>', `<head><script>${script}</script>`);

firefoxStory(
  'a page that defines the panel host’s element first gets no shadow root, no panel URL, and cannot swap or move the frame',
  async (firefox) => {
    firefox.serveCrmPage(account.url, withScript(hostile('host-thief.js')));
    const page = await firefox.openCrmPage(account.url);
    const panel = await panelFrame(page);
    await waitForHeading(panel, 'Which of your accounts is this?');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the thief looks every 50 ms
    const seen = await page.evaluate(() => {
      const thief = (window as unknown as { __hostThief: { constructed: number; urls: string[] } }).__hostThief;
      return { constructed: thief.constructed, urls: [...thief.urls] };
    });
    assert.deepEqual(seen, { constructed: 0, urls: [] });

    await page.evaluate(() => {
      const steal = (window as unknown as { __hostThief: { swap(): void; move(): void } }).__hostThief;
      steal.swap();
      steal.move();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#thief-box iframe').length), 0);
    await waitForHeading(await panelFrame(page), 'Which of your accounts is this?');
    await poll(
      () => page.evaluate(() => document.querySelectorAll('[data-coachlens-panel]').length),
      (count) => count === 1,
      'one panel host',
    );
  },
);

firefoxStory(
  'a tab that leaves the CRM for a plain http site keeps no record, and that site’s copy of the panel shows nothing',
  async (firefox, t) => {
    const objective = 'Agree the pilot scope with the CFO';
    firefox.serveCrmPage(account.url, account.html);
    const page = await firefox.openCrmPage(account.url);
    const panel = await panelFrame(page);
    await clickRole(page, panel, 'button', 'Create “Globex Corporation”');
    await waitForHeading(panel, 'Globex Corporation');
    const field = await panel.waitForSelector('textarea');
    await field!.type(objective);
    await field!.evaluate((element) => element.blur());
    await waitForText(panel, 'Saved');

    // The panel's URL is the add-on's permanent one in Firefox: known to any page that once saw it.
    const evilUrl = 'http://evil.example/';
    firefox.serveCrmPage(
      evilUrl,
      `<!doctype html><title>Embedder</title><h1>Not a CRM</h1><iframe src="${extensionOrigin}/panel.html" width="400" height="600"></iframe>`,
    );
    await page.goto(evilUrl);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // long enough for a connected panel to show its record
    let panels = 0;
    for (const frame of page.frames()) {
      const [href, shown] = await frame
        .evaluate((): [string, string] => [location.href, document.body?.innerText ?? ''])
        .catch((): [string, string] => ['', '']);
      if (href.startsWith(extensionOrigin)) panels += 1;
      assert.ok(!shown.includes('Globex') && !shown.includes(objective), `a frame of the other site shows: ${shown}`);
    }
    // 1 while the add-on's resources load on any site (MV2); 0 once only CRM sites may load them.
    t.diagnostic(`panel frames the other site loaded: ${panels}`);
  },
);

firefoxStory(
  'a page that fades the panel or draws a click-through decoy over it gets no write from a click: the panel asks first',
  async (firefox) => {
    firefox.serveCrmPage(account.url, withScript(hostile('clickjack.js')));
    const page = await firefox.openCrmPage(account.url);
    const panel = await panelFrame(page);
    await waitForHeading(panel, 'Which of your accounts is this?');
    const play = (trick: string) =>
      page.evaluate(
        (name) => (window as unknown as { __clickjack: Record<string, () => void> }).__clickjack[name]!(),
        trick,
      );
    const question = 'Save this change?';
    const settle = () => new Promise((resolve) => setTimeout(resolve, 700)); // longer than the half second the panel must be seen

    for (const trick of ['fade', 'decoy']) {
      await play(trick);
      await settle();
      await clickRole(page, panel, 'button', 'Create “Globex Corporation”');
      await waitForText(panel, question);
      await clickRole(page, panel, 'button', "Don't save");
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(await headingOf(panel), 'Which of your accounts is this?', `${trick}: nothing was created`);
      await play('undo');
    }

    // Asked, the manager may still save: "Save it" answers after a second, not to a double click.
    await play('fade');
    await settle();
    await clickRole(page, panel, 'button', 'Create “Globex Corporation”');
    await waitForText(panel, question);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await clickRole(page, panel, 'button', 'Save it');
    await waitForHeading(panel, 'Globex Corporation');

    // Seen as drawn, a write goes straight through, without asking.
    await play('undo');
    await settle();
    const field = await panel.waitForSelector('textarea');
    await page.bringToFront();
    await field!.click();
    await field!.type('Seen');
    await field!.evaluate((element) => element.blur());
    await waitForText(panel, 'Saved');
    assert.ok(!(await textOf(panel)).includes(question), 'no question when the panel is seen');
  },
);
