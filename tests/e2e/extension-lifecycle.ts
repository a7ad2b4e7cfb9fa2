import type { BrowserContext, Page } from '@playwright/test';

/*
 * Test helpers for the extension's lifecycle (issue 10): stopping its service worker the way Chrome
 * does when it is idle, and reading or locking its database from an extension page.
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The extension's service worker targets, through the browser-level DevTools session. */
async function workerTargets(context: BrowserContext, extensionId: string): Promise<TargetInfo[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.filter(
      (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  } finally {
    await session.detach();
  }
}

/** Stops the extension's service worker now (Chrome stops idle workers the same way). */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the persistent context');
  const targets = await workerTargets(context, extensionId);
  if (targets.length === 0) throw new Error('the service worker is not running');
  const session = await browser.newBrowserCDPSession();
  try {
    for (const target of targets) await session.send('Target.closeTarget', { targetId: target.targetId });
  } finally {
    await session.detach();
  }
}

/** Whether the extension's service worker is running. */
export async function serviceWorkerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  return (await workerTargets(context, extensionId)).length > 0;
}

/** Every row of one table of the `coachlens` database, read with bare IndexedDB from an extension page. */
export function readRows(extensionPage: Page, table: string): Promise<Record<string, unknown>[]> {
  return extensionPage.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('coachlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Holds a read-write transaction on `tables` from an extension page, so any write to them (and
 * any read) waits: a write sent now is "in the middle" until `release` is called.
 */
export async function lockTables(extensionPage: Page, tables: string[]): Promise<{ release(): Promise<void> }> {
  await extensionPage.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('coachlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readwrite');
          const state = globalThis as unknown as { coachlensLockHeld: boolean };
          state.coachlensLockHeld = true;
          // A transaction commits once it has no pending request: keep one pending until released.
          const keepAlive = () => {
            if (!state.coachlensLockHeld) return;
            tx.objectStore(stores[0]!).count().onsuccess = keepAlive;
          };
          keepAlive();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
    tables,
  );
  return {
    release: () =>
      extensionPage.evaluate(() => {
        (globalThis as unknown as { coachlensLockHeld: boolean }).coachlensLockHeld = false;
      }),
  };
}
