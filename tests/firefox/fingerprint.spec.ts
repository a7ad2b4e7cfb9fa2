import assert from 'node:assert/strict';
import { crmScripts } from '../../utils/build/crm-scripts.ts';
import { crmFixture } from '../e2e/crm-fixtures.ts';
import { extensionOrigin, firefoxStory, panelFrame, poll, waitForHeading, type FirefoxSession } from './firefox.ts';

/*
 * Firefox gives the add-on a permanent URL (one UUID per install). A page that knows it could
 * confirm that CoachLens is installed by loading any of its files. Only the CRM hosts may load
 * them (manifest `web_accessible_resources.matches`, an MV3 key); every other page, http or https,
 * loads nothing. The probe is a plain page script, as any site could run.
 */

interface Loads {
  done: boolean;
  loaded: string[];
}

const files = ['panel.html', crmScripts.page, 'icon/16.png', 'manifest.json'];

/** A page that tries to load each file four ways: a frame, an image, a module import, a fetch. */
function probePage(): string {
  const script = `
    window.__loads = { done: false, loaded: [] };
    const base = ${JSON.stringify(extensionOrigin)};
    const files = ${JSON.stringify(files)};
    const tries = [];
    for (const file of files) {
      const url = base + '/' + file;
      tries.push(import(url).then(() => window.__loads.loaded.push('import ' + file), () => undefined));
      tries.push(fetch(url).then(() => window.__loads.loaded.push('fetch ' + file), () => undefined));
      tries.push(new Promise((resolve) => {
        const image = new Image();
        image.onload = () => { window.__loads.loaded.push('image ' + file); resolve(); };
        image.onerror = resolve;
        image.src = url;
      }));
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }
    Promise.all(tries).then(() => setTimeout(() => (window.__loads.done = true), 500));`;
  return `<!doctype html><title>Probe</title><body><h1>Probe</h1><script>${script}</script></body>`;
}

async function probe(firefox: FirefoxSession, url: string): Promise<string[]> {
  firefox.serveCrmPage(url, probePage());
  const page = await firefox.openCrmPage(url);
  const loads = await poll(
    () => page.evaluate(() => (window as unknown as { __loads: Loads }).__loads),
    (state) => state.done,
    `the probe on ${url}`,
  );
  // A frame that loaded the file is an extension document (a refused one is an error page).
  for (const frame of page.frames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(extensionOrigin)) loads.loaded.push(`frame ${href.slice(extensionOrigin.length + 1)}`);
  }
  await page.close();
  return loads.loaded.sort();
}

firefoxStory(
  'no site but the CRM hosts can load any CoachLens file, so none can tell it is installed',
  async (firefox, t) => {
    for (const url of ['http://evil.example/', 'https://evil.example/', 'https://crm.acme-onprem.example/']) {
      assert.deepEqual(await probe(firefox, url), [], `${url} loaded CoachLens files`);
    }
    // On a CRM host the same probe loads the two files the CRM page needs: the probe can see a load.
    const onCrm = await probe(firefox, 'https://acme.lightning.force.com/probe');
    t.diagnostic(`loaded by a page on a CRM host: ${onCrm.join(', ')}`);
    assert.ok(
      onCrm.includes(`import ${crmScripts.page}`),
      `a CRM host page loads the page script: ${onCrm.join(', ')}`,
    );

    // And the CRM page itself still gets its panel.
    const account = crmFixture('salesforce', 'account');
    firefox.serveCrmPage(account.url, account.html);
    const page = await firefox.openCrmPage(account.url);
    await waitForHeading(await panelFrame(page), 'Which of your accounts is this?');
  },
);
