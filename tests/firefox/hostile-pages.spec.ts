import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crmFixture } from '../e2e/crm-fixtures.ts';
import { firefoxStory, panelFrame, poll, waitForHeading } from './firefox.ts';

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
