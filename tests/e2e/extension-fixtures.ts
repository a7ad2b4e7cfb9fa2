import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser-path';

export const extensionPath = path.resolve('.output/chrome-mv3');
const fixturesDir = path.resolve('tests/fixtures');

export interface ExtensionFixtures {
  /**
   * Unpacked extensions to load beside CoachLens (a test's throwaway "other extension"). They must
   * have no service worker, so `extensionId` stays CoachLens's.
   */
  otherExtensions: string[];
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab. */
  openExtensionPage(page: string): Promise<Page>;
  /**
   * Answers requests for a real CRM URL with a committed fixture page (no network), optionally
   * changed first (e.g. a hostile script injected).
   */
  serveCrmPage(url: string, fixture: string, transform?: (html: string) => string): Promise<void>;
}

/**
 * Launches the built extension in a real Chromium, headless, with a fresh profile per test. Every
 * http(s) request that no test routed to a fixture is aborted: tests never touch the network.
 */
export const test = base.extend<ExtensionFixtures>({
  otherExtensions: [[], { option: true }],
  context: async ({ otherExtensions }, use) => {
    if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionPath}. Run \`npm run build:chrome\` first.`);
    }
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'coachlens-e2e-'));
    // Developer mode, as for any unpacked extension: without it `chrome.runtime.reload()` unloads
    // the extension for good instead of reloading it (extension-reload.spec.ts reloads it).
    mkdirSync(path.join(userDataDir, 'Default'));
    writeFileSync(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
    const args = chromiumArgs([extensionPath, ...otherExtensions]);
    if (process.env.COACHLENS_BROWSER_LOGS) args.push('--enable-logging=stderr', '--v=0');
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      args,
    });
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => {
        throw new Error(
          'The extension did not start (no service worker). Chrome refused to load it: rerun with ' +
            '`DEBUG=pw:browser COACHLENS_BROWSER_LOGS=1` and look for "Extension error".',
        );
      }));
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (page: string) => {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      return tab;
    });
  },
  serveCrmPage: async ({ context }, use) => {
    await use(async (url: string, fixture: string, transform = (html: string) => html) => {
      const body = transform(readFileSync(path.join(fixturesDir, fixture), 'utf8'));
      const target = new URL(url);
      // Routes registered later win, so this one answers before the catch-all abort.
      await context.route(
        (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    });
  },
});

export const expect = test.expect;

/** Finds the panel's host element in the CRM page (a plain div CoachLens marks; entrypoints/crm-page/panel-frame.ts). */
export const panelHostSelector = '[data-coachlens-panel]';

/** The panel's host element in the CRM page (the iframe itself is inside a closed shadow root). */
export function panelHost(page: Page) {
  return page.locator(panelHostSelector);
}

function isPanelFrame(frame: Frame): boolean {
  return /^(chrome|moz)-extension:\/\/[^/]+\/panel\.html/.test(frame.url());
}

/**
 * The panel iframe's frame. Playwright cannot select into a closed shadow root, but it sees every
 * frame of the page, so the panel is found by its extension URL.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().filter(isPanelFrame).length, { message: 'panel iframe' }).toBe(1);
  const frame = page.frames().find(isPanelFrame);
  if (!frame) throw new Error('No panel frame');
  return frame;
}

/** How many panel iframes the page has (0 or 1; never two). */
export function panelFrameCount(page: Page): number {
  return page.frames().filter(isPanelFrame).length;
}
