import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

/*
 * Test helpers for the extension's lifecycle (docs/architecture.md#lifecycle): stopping its service worker the way Chrome
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

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  /** Names and values, alternating. */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * The text inside an element's *closed* shadow root, which no page script (and no Playwright
 * locator) can reach: read through DevTools, which sees the whole DOM. `null` when there is no such element.
 */
export async function closedShadowText(page: Page, hostAttribute: string): Promise<string | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const text = (node: DomNode): string =>
      (node.nodeName === '#text' ? (node.nodeValue ?? '') : '') +
      [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
    const find = (node: DomNode): DomNode | undefined => {
      if (node.attributes?.includes(hostAttribute)) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const host = find(root);
    return host ? text(host).replace(/\s+/g, ' ').trim() : null;
  } finally {
    await session.detach();
  }
}

/**
 * Every error a page reports, from the page's own scripts, from our content script's isolated
 * world (DevTools `Runtime.exceptionThrown` sees every world of the page) and from its frames.
 */
export async function collectPageErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const session = await page.context().newCDPSession(page);
  session.on(
    'Runtime.exceptionThrown',
    (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      errors.push(`exception: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`),
  );
  session.on(
    'Runtime.consoleAPICalled',
    (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
      if (event.type === 'error')
        errors.push(`console.error: ${event.args.map((arg) => String(arg.value ?? arg.description)).join(' ')}`);
    },
  );
  await session.send('Runtime.enable');
  return errors;
}

/** The service worker's DevTools target id, or undefined while it is not running. */
export async function serviceWorkerTargetId(context: BrowserContext, extensionId: string): Promise<string | undefined> {
  return (await workerTargets(context, extensionId))[0]?.targetId;
}

/**
 * Reloads the extension the way an update does (`chrome.runtime.reload()` from one of its pages)
 * and waits until its new service worker runs.
 */
export async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const before = await serviceWorkerTargetId(context, extensionId);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/privacy.html`);
  // The page closes with the extension: call reload after `evaluate` has returned.
  await page.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 0);
  });
  await expect
    .poll(
      async () => {
        const now = await serviceWorkerTargetId(context, extensionId);
        return now !== undefined && now !== before;
      },
      { message: 'the reloaded extension’s service worker runs', timeout: 30_000 },
    )
    .toBe(true);
}

/** The execution context of CoachLens's content script (an isolated world) in the page's top frame. */
export async function contentScriptWorld(session: CDPSession, extensionId: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  await session.send('Runtime.enable');
  await expect
    .poll(
      () =>
        contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)
          .length,
    )
    .toBeGreaterThan(0);
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)!.id;
}
