import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from './browser-path';

export const extensionPath = path.resolve('.output/chrome-mv3');
const fixturesDir = path.resolve('tests/fixtures');

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab. */
  openExtensionPage(page: string): Promise<Page>;
  /** Answers requests for a real CRM URL with a committed fixture page (no network). */
  serveCrmPage(url: string, fixture: string): Promise<void>;
}

/**
 * Launches the built extension in a real Chromium, headless, with a fresh profile per test. Every
 * http(s) request that no test routed to a fixture is aborted: tests never touch the network.
 */
export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionPath}. Run \`npm run build:chrome\` first.`);
    }
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'coachlens-e2e-'));
    const args = [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
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
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
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
    await use(async (url: string, fixture: string) => {
      const body = readFileSync(path.join(fixturesDir, fixture), 'utf8');
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

/** The panel iframe on a CRM page. */
export function panelFrame(page: Page) {
  return page.frameLocator('iframe.coachlens-panel');
}
