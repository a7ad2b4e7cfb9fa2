import assert from 'node:assert/strict';
import { crmFixture } from '../e2e/crm-fixtures.ts';
import {
  byRole,
  clickRole,
  firefoxStory,
  panelFrame,
  poll,
  waitForHeading,
  waitForText,
  type FirefoxSession,
} from './firefox.ts';

const rep = crmFixture('salesforce', 'user');
const note = 'Asked about the cost of delay before pitching.';
const probe = { type: 'coachlens-e2e-broadcast-probe' };

/** What the extension APIs are, as seen from a page or frame of the extension (no `@types/firefox-webext-browser`). */
interface Runtime {
  runtime: {
    onMessage: { addListener(listener: (message: unknown) => void): void };
    sendMessage(message: unknown): Promise<unknown>;
  };
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
}
declare const browser: Runtime;

/** The CRM tab's id, asked from an extension page (the popup reads it from `?tab=` outside the toolbar). */
async function tabIdOf(firefox: FirefoxSession, url: string): Promise<number> {
  const page = await firefox.openExtensionPage('popup.html');
  const id = await page.evaluate(async (wanted) => (await browser.tabs.query({ url: wanted }))[0]?.id ?? null, url);
  await page.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

firefoxStory(
  'manager logs an observation from the popup and the open panel shows it at once, pushed over its port',
  async (firefox, t) => {
    firefox.serveCrmPage(rep.url, rep.html);
    const crm = await firefox.openCrmPage(rep.url);
    const panel = await panelFrame(crm);
    await clickRole(crm, panel, 'button', 'Create “Dana Whitfield”');
    await waitForHeading(panel, 'Dana Whitfield');
    await waitForText(panel, 'No observations of Dana Whitfield yet');

    // Everything the panel frame receives by runtime messaging (broadcasts), from here on.
    await panel.evaluate(() => {
      const received: unknown[] = [];
      (window as unknown as { coachlensReceived: unknown[] }).coachlensReceived = received;
      browser.runtime.onMessage.addListener((message) => {
        received.push(message);
      });
    });

    const popup = await firefox.openExtensionPage(`popup.html?tab=${await tabIdOf(firefox, rep.url)}`);
    await popup.bringToFront();
    // Prefilled from the CRM tab: the rep is Dana.
    await poll(
      async () => (await byRole(popup, 'combobox', 'Rep')).evaluate((input) => (input as HTMLInputElement).value),
      (value) => value === 'Dana Whitfield',
      'the rep prefilled from the page',
    );
    await waitForText(popup, 'From this page');

    // Rate one skill with its digit key (the popup opens on the first rating), write a note, Ctrl+Enter.
    await (
      await byRole(popup, 'radiogroup', 'Call planning & objective')
    ).evaluate((group) => group.querySelector('input')?.focus());
    await popup.keyboard.press('3');
    assert.equal(
      await (await byRole(popup, 'radio', '3 Proficient')).evaluate((radio) => (radio as HTMLInputElement).checked),
      true,
    );
    await (await byRole(popup, 'textbox', 'What I saw')).type(note);
    await popup.keyboard.down('Control');
    await popup.keyboard.press('Enter');
    await popup.keyboard.up('Control');
    await waitForText(popup, 'Observation saved for Dana Whitfield.');

    // The panel in the other tab updates without a reload…
    await waitForText(panel, note);
    // …and not by runtime messaging: it received none. Its only other channel is the port it opened
    // (`coachlens-panel`), so the update came over the port.
    const received = () =>
      panel.evaluate(() => (window as unknown as { coachlensReceived: unknown[] }).coachlensReceived);
    assert.deepEqual(await received(), []);

    // What Firefox does with a broadcast from an extension page (Chromium delivers it to the frame).
    await popup.evaluate((message) => browser.runtime.sendMessage(message).catch(() => undefined), probe);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reached = (await received()).length > 0;
    t.diagnostic(`a runtime.sendMessage broadcast ${reached ? 'reached' : 'did not reach'} the panel iframe`);
  },
);
