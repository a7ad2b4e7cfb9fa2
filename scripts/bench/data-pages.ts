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

export interface RawRepRead {
  /** `indexedDB.open` → success (0 on a connection already open) */
  openMs: number;
  /** the indexed reads alone */
  readMs: number;
  /** both: what a fresh JS context pays for its first read of one rep */
  totalMs: number;
  rows: number;
}

/**
 * The raw IndexedDB read of the rows a rep's panel view needs, the same reads utils/db/rep-rows.ts
 * makes through Dexie, in one read transaction: the rep by its CRM key, then its observations,
 * plans, results and time entries and the skills, then the accounts its observations name.
 * `cold`: on a new connection, opened first and timed apart (what a restarted worker pays);
 * otherwise on the page's connection, opened once and kept.
 */
async function rawRepReadIn(page: Page, crmKey: string, cold: boolean): Promise<RawRepRead> {
  return page.evaluate(
    async ({ key, cold }) => {
      const holder = window as unknown as { __benchDb?: IDBDatabase };
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('coachlens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const start = performance.now();
      const db = cold ? await open() : (holder.__benchDb ??= await open());
      const opened = cold ? performance.now() : start;
      const result = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const tx = db.transaction(
        ['reps', 'observations', 'plans', 'results', 'timeEntries', 'skills', 'accounts'],
        'readonly',
      );
      const rep = (await result(tx.objectStore('reps').index('crmKeys').get(key))) as { id: string } | undefined;
      if (!rep) throw new Error(`no rep linked to ${key}`);
      const id = rep.id;
      const [observations, plans, results, timeEntries, skills] = await Promise.all([
        result(
          tx
            .objectStore('observations')
            .index('[repId+observedAt]')
            .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        ),
        result(tx.objectStore('plans').index('repId').getAll(id)),
        result(
          tx
            .objectStore('results')
            .index('[repId+period]')
            .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff'])),
        ),
        result(tx.objectStore('timeEntries').index('repId').getAll(id)),
        result(tx.objectStore('skills').index('order').getAll()),
      ]);
      const accountIds = [
        ...new Set((observations as { accountId?: string }[]).flatMap((obs) => (obs.accountId ? [obs.accountId] : []))),
      ];
      const accounts = await Promise.all(
        accountIds.map((accountId) => result(tx.objectStore('accounts').get(accountId))),
      );
      const done = performance.now();
      if (cold) db.close();
      const rows = [[rep], observations, plans, results, timeEntries, skills, accounts].reduce(
        (sum, part) => sum + part.length,
        0,
      );
      return { openMs: opened - start, readMs: done - opened, totalMs: done - start, rows };
    },
    { key: crmKey, cold },
  );
}

/** The raw read of one rep's rows on an open connection (the warm baseline). */
export async function rawRepRead(page: Page, crmKey: string): Promise<RawRepRead> {
  return rawRepReadIn(page, crmKey, false);
}

/**
 * The same read in a fresh JS context that opens its own connection first: a new extension page,
 * as a restarted service worker starts with no connection and no warmed-up code (the fair
 * baseline for a cold worker's first view).
 */
export async function rawRepReadCold(launched: Launched, crmKey: string): Promise<RawRepRead> {
  const page = await openBlankExtensionPage(launched);
  try {
    return await rawRepReadIn(page, crmKey, true);
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
