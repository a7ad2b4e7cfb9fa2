// The service worker's cold start, as the large-data bench sees it (item 4): the early rep view's
// own timing, and a browser restart as far as the worker can tell (entrypoints/background/early-rep-views.ts).
import { extensionWorker, type Launched } from './browser.ts';

/**
 * The latest early rep view's own time in the worker (`coachlens-first-rep-view`, view-timing.ts):
 * from starting its reads, opening the databases on a fresh worker, to the view built. NaN when the
 * worker built none (a warm cache, or no saved summary).
 */
export async function firstRepViewTiming(launched: Launched): Promise<number> {
  const ms = await extensionWorker(launched)
    ?.evaluate(() => performance.getEntriesByName('coachlens-first-rep-view').at(-1)?.duration ?? null)
    .catch(() => null);
  return ms ?? Number.NaN;
}

/**
 * What a browser restart takes from the worker besides stopping it: `storage.session` (tab contexts,
 * and formerly the saved team summary) is empty. Call before `stopServiceWorker`. The database stays
 * open in the browser process, so IndexedDB's own reopening from disk is not part of this.
 */
export async function forgetSessionStorage(launched: Launched): Promise<void> {
  const worker = extensionWorker(launched);
  if (!worker) throw new Error('no service worker to clear storage.session in');
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
    ).chrome.storage.session.clear(),
  );
}
