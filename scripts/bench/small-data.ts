// Items 1 and 3: what the extension costs a CRM page, and how soon the panel shows, with a small
// data set (the sample backup: the fixture account is linked, so the panel shows it by name).
import type { Page } from '@playwright/test';
import { blankPage, readProbe, slotFrame, stopServiceWorker, waitForMark, type Launched } from './browser.ts';
import { sleep } from './stats.ts';

export interface HostRun {
  /** navigation start → load event end */
  loadMs: number;
  /** navigation start → DOMContentLoaded end */
  dclMs: number;
  /** navigation start → the panel's host in the DOM (extension profiles only) */
  hostMs?: number;
  /** navigation start → a heading visible in the panel slot (extension profiles only) */
  slotHeadingMs?: number;
}

async function navigationTimes(page: Page) {
  for (;;) {
    const times = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { load: entry?.loadEventEnd ?? 0, dcl: entry?.domContentLoadedEventEnd ?? 0 };
    });
    if (times.load > 0) return times;
    await sleep(10);
  }
}

/**
 * One page load in a new tab. With the extension, waits until the slot shows its heading, then
 * lets the page settle, so one run's work never spills into the next run's timings.
 */
export async function loadCrmPage(
  launched: Launched,
  url: string,
  slot?: 'panel.html' | typeof blankPage,
): Promise<HostRun> {
  const page = await launched.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const { load, dcl } = await navigationTimes(page);
    const run: HostRun = { loadMs: load, dclMs: dcl };
    if (slot) {
      const probe = await readProbe(page);
      const origin = probe!.timeOrigin;
      run.hostMs = (await waitForMark(page, 'host')) - origin;
      run.slotHeadingMs = (await waitForMark(await slotFrame(page, slot), 'heading')) - origin;
    }
    await sleep(150);
    return run;
  } finally {
    await page.close();
  }
}

/** The same, after stopping the service worker: the panel has to wake it before it gets a view. */
export async function loadCrmPageColdWorker(launched: Launched, url: string, slot: 'panel.html' | typeof blankPage) {
  await stopServiceWorker(launched);
  await sleep(100);
  return loadCrmPage(launched, url, slot);
}
