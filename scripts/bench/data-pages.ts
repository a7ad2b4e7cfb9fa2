// Data through the product's own UI (restore on options.html#data, the popup's save) and the raw
// IndexedDB reads and writes they are compared with, run in a script-free extension page.
import type { Page } from '@playwright/test';
import { blankPage, readProbe, waitForMark, type Launched } from './browser.ts';

export interface RestoreTiming {
  /** choose file → preview shown: read, parse, validate every row, compare with the database */
  checkMs: number;
  /** click Import → "Imported N rows" shown: the all-or-nothing write */
  writeMs: number;
  written: number;
}

/** Restores a backup file through the dashboard (the flow of tests/e2e/data-backup-restore.spec.ts). */
export async function restoreBackup(launched: Launched, filePath: string, fileName: string): Promise<RestoreTiming> {
  const options = await launched.context.newPage();
  try {
    await options.goto(`chrome-extension://${launched.extensionId}/options.html#data`);
    const data = options.getByRole('region', { name: 'Your data' });
    await data.getByLabel('Backup file to restore').waitFor();
    const checkStart = performance.now();
    await data.getByLabel('Backup file to restore').setInputFiles(filePath);
    await data
      .getByRole('heading', { name: `What importing ${fileName} would do` })
      .waitFor({ timeout: 600_000 })
      .catch(async (error: unknown) => {
        const alert = await data.getByRole('alert').allTextContents();
        throw new Error(`restore preview failed: ${alert.join(' ') || String(error)}`);
      });
    const checkMs = performance.now() - checkStart;
    const writeStart = performance.now();
    await data.getByRole('button', { name: 'Import', exact: true }).click();
    const done = data.getByText(/^Imported [\d,.\s\u202f]+ rows from /);
    await done.waitFor({ timeout: 600_000 });
    const writeMs = performance.now() - writeStart;
    const written = Number(
      ((await done.textContent()) ?? '').replace(/^Imported ([\d,.\s\u202f]+) rows.*$/s, '$1').replace(/\D/g, ''),
    );
    return { checkMs, writeMs, written };
  } finally {
    await options.close();
  }
}

/** A script-free extension page: the extension origin's IndexedDB with nothing else running. */
export async function openBlankExtensionPage(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${blankPage}`);
  return page;
}

export async function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coachlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const counts = await Promise.all(
      names.map(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, index) => [name, counts[index]!]));
  });
}

export async function readSkills(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    // Opening a database that does not exist yet would create it empty, before the background does.
    if (!(await indexedDB.databases()).some((info) => info.name === 'coachlens')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coachlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('skills', 'readonly').objectStore('skills').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  });
}

/**
 * The raw read the rep panel needs for one rep: its observations by `[repId+observedAt]`, its plans
 * by `repId`, its results by `[repId+period]`, in one read transaction on an open connection.
 */
export async function rawRepRead(page: Page, repId: string): Promise<{ ms: number; rows: number }> {
  return page.evaluate(async (id) => {
    const holder = window as unknown as { __benchDb?: IDBDatabase };
    holder.__benchDb ??= await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coachlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = holder.__benchDb;
    const all = (request: IDBRequest<unknown[]>) =>
      new Promise<unknown[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const start = performance.now();
    const tx = db.transaction(['observations', 'plans', 'results'], 'readonly');
    const parts = await Promise.all([
      all(
        tx
          .objectStore('observations')
          .index('[repId+observedAt]')
          .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
      ),
      all(tx.objectStore('plans').index('repId').getAll(id)),
      all(
        tx
          .objectStore('results')
          .index('[repId+period]')
          .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff'])),
      ),
    ]);
    return { ms: performance.now() - start, rows: parts.reduce((sum, part) => sum + part.length, 0) };
  }, repId);
}

export interface ColdRawRead {
  /** `indexedDB.open` → success: a new connection to the existing database */
  openMs: number;
  /** the indexed read alone, on that connection */
  readMs: number;
  /** both: what a fresh JS context pays for its first read of one rep */
  totalMs: number;
  rows: number;
}

/**
 * The same raw read as `rawRepRead`, done the way a restarted service worker must: in a fresh JS
 * context (a new script-free extension page, closed afterwards) on a connection it opens first.
 * The fair baseline for a cold worker's early rep view, which opens its database too.
 */
export async function rawRepReadCold(launched: Launched, repId: string): Promise<ColdRawRead> {
  const page = await openBlankExtensionPage(launched);
  try {
    return await page.evaluate(async (id) => {
      const start = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coachlens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const opened = performance.now();
      const all = (request: IDBRequest<unknown[]>) =>
        new Promise<unknown[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const tx = db.transaction(['observations', 'plans', 'results'], 'readonly');
      const parts = await Promise.all([
        all(
          tx
            .objectStore('observations')
            .index('[repId+observedAt]')
            .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        ),
        all(tx.objectStore('plans').index('repId').getAll(id)),
        all(
          tx
            .objectStore('results')
            .index('[repId+period]')
            .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff'])),
        ),
      ]);
      const done = performance.now();
      db.close();
      return {
        openMs: opened - start,
        readMs: done - opened,
        totalMs: done - start,
        rows: parts.reduce((sum, part) => sum + part.length, 0),
      };
    }, repId);
  } finally {
    await page.close();
  }
}

/** What `loadInsightInput` reads on every change: every row of every table, raw. */
export async function rawAllTablesRead(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(async () => {
    const holder = window as unknown as { __benchDb?: IDBDatabase };
    holder.__benchDb ??= await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coachlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = holder.__benchDb;
    const names = Array.from(db.objectStoreNames);
    const start = performance.now();
    const tx = db.transaction(names, 'readonly');
    const parts = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return { ms: performance.now() - start, rows: parts.reduce((sum, part) => sum + part.length, 0) };
  });
}

const baselineDbScript = async () => {
  const holder = window as unknown as { __benchWriteDb?: Promise<IDBDatabase> };
  holder.__benchWriteDb ??= new Promise<IDBDatabase>((resolve, reject) => {
    indexedDB.deleteDatabase('coachlens-bench-baseline');
    const request = indexedDB.open('coachlens-bench-baseline', 1);
    request.onupgradeneeded = () => {
      const observations = request.result.createObjectStore('observations', { keyPath: 'id' });
      observations.createIndex('[repId+observedAt]', ['repId', 'observedAt']);
      observations.createIndex('[accountId+observedAt]', ['accountId', 'observedAt']);
      observations.createIndex('observedAt', 'observedAt');
      const time = request.result.createObjectStore('timeEntries', { keyPath: 'id' });
      time.createIndex('day', 'day');
      time.createIndex('observationId', 'observationId');
      time.createIndex('repId', 'repId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await holder.__benchWriteDb;
};

async function scratchDb(page: Page): Promise<void> {
  await page.evaluate(baselineDbScript);
}

/**
 * The raw write behind "save an observation": one observation and its time entry, one readwrite
 * transaction, awaited until `complete` — into a scratch database with the same stores and indexes.
 */
export async function rawSaveObservation(page: Page, repId: string): Promise<number> {
  await scratchDb(page);
  return page.evaluate(
    async ({ id }) => {
      const db = await (window as unknown as { __benchWriteDb: Promise<IDBDatabase> }).__benchWriteDb;
      const now = Date.now();
      const observationId = crypto.randomUUID();
      const start = performance.now();
      const tx = db.transaction(['observations', 'timeEntries'], 'readwrite');
      tx.objectStore('observations').put({
        id: observationId,
        repId: id,
        context: 'joint-call',
        observedAt: now,
        durationMin: 30,
        ratings: [{ skillId: crypto.randomUUID(), score: 3 }],
        saw: 'Bench baseline',
        keep: '',
        start: '',
        stop: '',
        sharedWithRep: false,
        createdAt: now,
      });
      tx.objectStore('timeEntries').put({
        id: crypto.randomUUID(),
        day: '2026-01-01',
        activity: 'observing',
        minutes: 30,
        repId: id,
        observationId,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      return performance.now() - start;
    },
    { id: repId },
  );
}

/** Raw bulk write of the database's observations into the scratch database, 5,000 rows per transaction (as the import). */
export async function rawBulkWrite(page: Page): Promise<{ ms: number; rows: number }> {
  await scratchDb(page);
  return page.evaluate(async () => {
    const scratch = await (window as unknown as { __benchWriteDb: Promise<IDBDatabase> }).__benchWriteDb;
    const source = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coachlens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = source.transaction('observations', 'readonly').objectStore('observations').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    source.close();
    const start = performance.now();
    for (let offset = 0; offset < rows.length; offset += 5_000) {
      const tx = scratch.transaction('observations', 'readwrite');
      const store = tx.objectStore('observations');
      for (const row of rows.slice(offset, offset + 5_000)) store.put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    return { ms: performance.now() - start, rows: rows.length };
  });
}

export async function deleteScratchDb(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const holder = window as unknown as { __benchWriteDb?: Promise<IDBDatabase> };
    (await holder.__benchWriteDb)?.close();
    delete holder.__benchWriteDb;
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('coachlens-bench-baseline');
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    });
  });
}

/** The CRM tab's id, asked of the extension (like `tabIdOf` in tests/e2e/popup-support.ts). */
export async function tabIdOf(blank: Page, url: string): Promise<number> {
  const id = await blank.evaluate(async (wanted) => {
    const chromeApi = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await chromeApi.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export interface PopupSave {
  /** popup navigation → form takes input (`coachlens-popup-interactive`) */
  interactiveMs: number;
  /** Ctrl+Enter → "Observation saved" status */
  saveMs: number;
  /** the status's epoch time, to time the panel's live update from */
  savedAt: number;
  /** the keypress's epoch time */
  saveStartAt: number;
}

/** The popup flow of tests/e2e/popup-log.spec.ts: one rating, one note, Ctrl+Enter. */
export async function saveFromPopup(launched: Launched, tabId: number, note: string): Promise<PopupSave> {
  const popup = await launched.context.newPage();
  try {
    await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(
      () => performance.getEntriesByName('coachlens-popup-interactive').length === 1,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const interactiveMs = await popup.evaluate(
      () => performance.getEntriesByName('coachlens-popup-interactive')[0]!.startTime,
    );
    await popup.waitForFunction(
      () => (document.querySelector('[role="combobox"]') as HTMLInputElement | null)?.value !== '',
      undefined,
      { timeout: 60_000 },
    );
    await popup.getByRole('radiogroup', { name: 'Call planning & objective' }).getByText('3', { exact: true }).click();
    await popup.getByLabel('What I saw').fill(note);
    await popup.getByLabel('What I saw').focus();
    await popup.keyboard.press('Control+Enter');
    const savedAt = await waitForMark(popup, 'saved', 120_000);
    const probe = await readProbe(popup);
    const saveStartAt = probe!.timeOrigin + probe!.marks.saveStart!;
    return { interactiveMs, saveMs: savedAt - saveStartAt, savedAt, saveStartAt };
  } finally {
    await popup.close();
  }
}
