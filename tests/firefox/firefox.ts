import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';

/** The built Firefox add-on (`npm run build:firefox`) and the id its manifest gives it. */
export const extensionPath = path.resolve('.output/firefox-mv3');
export const addonId = 'coachlens@coachlens.app';
/** Fixed through the `extensions.webextensions.uuids` pref, so extension URLs are known in advance. */
export const extensionOrigin = 'moz-extension://0c5e7d3a-6f2b-4c1e-9a8d-3b7f1e2c4d5a';

/** The Firefox to test in: `FIREFOX_PATH`, else Debian's ESR, else a system Firefox. */
export function findFirefox(): string {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('No Firefox found. Set FIREFOX_PATH, or install one (Debian: apt-get install firefox-esr).');
}

export interface FirefoxSession {
  browser: Browser;
  /** Answers requests for a real CRM URL (origin + path + query) with this page (no network). */
  serveCrmPage(url: string, html: string): void;
  /** A new tab on a CRM URL served by `serveCrmPage`. */
  openCrmPage(url: string): Promise<Page>;
  /** A new tab on an extension page (`popup.html?tab=3`, `options.html#data`), once it has rendered. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

const pageKey = (url: string) => {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname + parsed.search;
};

/**
 * A headless Firefox with a fresh profile and the built add-on installed as a temporary add-on,
 * driven over WebDriver BiDi (docs/firefox.md). Every http(s) request that no story
 * served is aborted: the suite never touches the network.
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extensionPath}. Run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets `page.goto` open moz-extension:// pages (it is refused otherwise).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: new URL(extensionOrigin).host }),
      ...prefs,
    },
  });
  // Installed from a copy, so a rebuild in the working tree cannot change the add-on under a story.
  const addonCopy = mkdtempSync(path.join(tmpdir(), 'coachlens-firefox-addon-'));
  cpSync(extensionPath, addonCopy, { recursive: true });
  try {
    await browser.installExtension(addonCopy);
  } catch (error) {
    await browser.close();
    rmSync(addonCopy, { recursive: true, force: true });
    throw error;
  }

  const pages = new Map<string, string>();
  const answer = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const html = /^https?:/.test(request.url()) ? pages.get(pageKey(request.url())) : undefined;
    if (html) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else void request.abort();
  };
  const newTab = async () => {
    const page = await browser.newPage();
    // Interception is per tab (the extension's own moz-extension loads are never intercepted).
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  };

  return {
    browser,
    serveCrmPage(url, html) {
      pages.set(pageKey(url), html);
    },
    async openCrmPage(url) {
      const page = await newTab();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${pathAndQuery}`;
      // The load event of an extension page never reaches the driver: start the navigation, then poll.
      page.goto(url).catch(() => undefined);
      await poll(
        () => page.evaluate(() => location.href + (document.body?.childElementCount ? ' rendered' : '')),
        (state) => state === `${url} rendered`,
        `${pathAndQuery} to open`,
      );
      return page;
    },
    async close() {
      await browser.close();
      rmSync(addonCopy, { recursive: true, force: true });
    },
  };
}

/** Polls `read` until `accept` holds; errors while a page is still loading count as "not yet". */
export async function poll<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | Error | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last saw: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The panel iframe's frame. It sits in a closed shadow root and Firefox reports its URL as
 * about:blank, so each frame is asked where it is.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  const find = async () => {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${extensionOrigin}/panel.html`)) return frame;
    }
    return undefined;
  };
  return (await poll(find, (frame) => frame !== undefined, 'the panel iframe')) as Frame;
}

/** How many panel hosts the CRM page holds (0 or 1). */
export function panelHostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-coachlens-panel]').length);
}

/** The visible text of a page or frame, whitespace collapsed. */
export function textOf(target: Page | Frame): Promise<string> {
  return target.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
}

/** Waits until the page or frame shows `text`. */
export async function waitForText(target: Page | Frame, text: string, timeoutMs?: number): Promise<void> {
  await poll(
    () => textOf(target),
    (shown) => shown.includes(text),
    `“${text}”`,
    timeoutMs,
  );
}

/** The level-1 heading's text ('' when there is none). */
export function headingOf(target: Page | Frame, level = 1): Promise<string> {
  return target.evaluate((tag) => document.querySelector(tag)?.textContent?.trim() ?? '', `h${level}`);
}

export async function waitForHeading(target: Page | Frame, name: string, level = 1): Promise<void> {
  await poll(
    () => headingOf(target, level),
    (shown) => shown === name,
    `the heading “${name}”`,
  );
}

/** An element by its ARIA role and accessible name (puppeteer's `aria/` query, answered by Firefox). */
export async function byRole(target: Page | Frame | ElementHandle, role: string, name: string): Promise<ElementHandle> {
  const handle = await target.waitForSelector(`aria/${name}[role="${role}"]`, { timeout: 10_000 });
  if (!handle) throw new Error(`No ${role} named “${name}”`);
  return handle;
}

/** Clicks an element found by role and name; clicks and keys only reach the tab in front. */
/**
 * Firefox asks before a write from a click the panel has not been seen, unbroken, for half a second
 * before (entrypoints/crm-page/panel-seen.ts). A manager never clicks that fast; a story would, so
 * a click in a frame waits as long as a person's would.
 */
const panelSeenMs = 700;

export async function clickRole(page: Page, target: Page | Frame, role: string, name: string): Promise<void> {
  await page.bringToFront();
  const control = await byRole(target, role, name);
  if (target !== page) await new Promise((resolve) => setTimeout(resolve, panelSeenMs));
  await control.click();
}

/** A story in its own Firefox with a fresh profile, closed whatever happens. */
export function firefoxStory(
  name: string,
  story: (firefox: FirefoxSession, t: TestContext) => Promise<void>,
  prefs?: Record<string, unknown>,
): void {
  test(name, { timeout: 90_000 }, async (t) => {
    const firefox = await launchFirefox(prefs);
    try {
      await story(firefox, t);
    } finally {
      await firefox.close();
    }
  });
}
