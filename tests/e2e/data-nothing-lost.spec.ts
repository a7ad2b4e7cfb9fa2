import type { Locator, Page } from '@playwright/test';
import { defaultSkills } from '../../utils/defaults/default-skills';
import { sampleBackup, sampleIds } from '../support/sample-backup';
import { expect, test } from './extension-fixtures';

/** The extension's storage areas as an extension page sees them (`chrome.storage`). */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type ExtensionGlobal = { chrome: { storage: { local: StorageArea; session: StorageArea } } };

/**
 * Every row of every IndexedDB database of the extension (snapshot Blobs read as text) and all of
 * extension storage, as one text: what a search of the profile for the manager's data would find.
 */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const expand = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) return value.text();
      if (Array.isArray(value)) return Promise.all(value.map(expand));
      if (value && typeof value === 'object') {
        const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await expand(v)]));
        return Object.fromEntries(entries);
      }
      return value;
    };
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store).objectStore(store).getAll());
        for (const row of rows) out.push(`${info.name}/${store}: ${JSON.stringify(await expand(row))}`);
      }
      db.close();
    }
    const storage = (globalThis as unknown as ExtensionGlobal).chrome.storage;
    out.push(`local: ${JSON.stringify(await storage.local.get(null))}`);
    out.push(`session: ${JSON.stringify(await storage.session.get(null))}`);
    return out.join('\n');
  });
}

async function restoreFile(data: Locator, name: string, file: unknown): Promise<void> {
  await data.getByLabel('Backup file to restore').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(data.getByRole('heading', { name: `What importing ${name} would do` })).toBeVisible();
}

async function importCsv(data: Locator, name: string, csv: string): Promise<void> {
  await data.getByLabel('CSV file to import').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(data.getByRole('heading', { name: `What importing ${name} would do` })).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
}

test('"Delete all data" deletes everywhere: the rows, every copy kept before changes, and what extension storage kept', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  await restoreFile(data, 'seed.json', sampleBackup());
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported 9 rows from seed.json.')).toBeVisible();
  // A second import keeps a full copy first: the strategy answers are in it.
  await importCsv(data, 'reps.csv', 'Name\nCleo New\n');
  await expect(data.getByText('Imported 1 row from reps.csv.')).toBeVisible();
  await Promise.all([options.waitForEvent('download'), data.getByRole('button', { name: 'Download backup' }).click()]);
  await options.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.session.set({
      'popup-pending-note': { text: 'Pilot agreement call notes', at: Date.now() },
    }),
  );
  const before = await everythingStored(options);
  expect(before).toContain('coachlens-snapshots/snapshots');
  expect(before.match(/Pilot agreement/g)?.length).toBeGreaterThanOrEqual(3);
  expect(before).toContain('lastBackupAt');

  await data.getByLabel('Type DELETE to confirm').fill('DELETE');
  await data.getByRole('button', { name: 'Delete all data' }).click();
  await expect(data.getByText('All data deleted, including the copies kept before changes.')).toBeVisible();
  await expect(data.getByText('No copies yet.')).toBeVisible();

  const after = await everythingStored(options);
  for (const trace of ['Pilot agreement', 'Ana Star', 'Cleo New', sampleIds.rep, sampleIds.account, 'lastBackupAt']) {
    expect(after, `"${trace}" is still stored`).not.toContain(trace);
  }
  expect(after).not.toContain('popup-pending-note');

  // The privacy page says what is kept, and for how long.
  await options.goto(options.url().replace(/options\.html.*$/, 'privacy.html'));
  await expect(options.getByRole('heading', { name: 'What is kept, and for how long' })).toBeVisible();
  await expect(options.getByText(/“coachlens-snapshots”/)).toBeVisible();
  await expect(options.getByText(/“coachlens-team-summary”/)).toBeVisible();
  await expect(options.getByText(/“Delete all data” deletes all of it except your settings/)).toBeVisible();
});

test('an import that only adds rows can be undone', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  const counts = data.getByRole('table', { name: 'Rows' });
  await restoreFile(data, 'seed.json', sampleBackup());
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(counts.getByRole('row', { name: 'Reps 2' })).toBeVisible();

  await importCsv(
    data,
    'wrong-reps.csv',
    'Name,Email\nWrong One,one@example.com\nWrong Two,two@example.com\nWrong Three,\n',
  );
  await expect(data.getByText('Imported 3 rows from wrong-reps.csv.')).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Reps 5' })).toBeVisible();

  await data.getByRole('button', { name: 'Undo this import' }).click();
  await expect(
    data.getByText('The import of wrong-reps.csv was undone: your data is back as it was before it.'),
  ).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Reps 2' })).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Accounts 1' })).toBeVisible();
});

test('restoring a backup on a new computer gives exactly the backup’s skill framework, and can replace everything', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#data');
  const data = options.getByRole('region', { name: 'Your data' });
  const counts = data.getByRole('table', { name: 'Rows' });
  // A fresh profile: CoachLens installed its eight default skills.
  await expect(counts.getByRole('row', { name: 'Skills 8' })).toBeVisible();

  // The backup of another computer: the same defaults under ids of their own, one of them rated.
  const backup = sampleBackup();
  backup.tables.skills = defaultSkills.map((preset, order) => ({
    id: crypto.randomUUID(),
    name: preset.name,
    description: preset.description,
    levels: [...preset.levels],
    order,
    archived: false,
  }));
  backup.tables.observations[0]!.ratings = [{ skillId: backup.tables.skills[2]!.id, score: 3 }];
  backup.tables.plans[0]!.skillId = backup.tables.skills[2]!.id;
  await restoreFile(data, 'other-computer.json', backup);
  await expect(data.getByText(/replaces the 8 default skills CoachLens installed here/)).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/^Imported \d+ rows from other-computer\.json\.$/)).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Skills 8' })).toBeVisible();
  await options.goto(options.url().replace(/#.*$/, '#skills'));
  for (const preset of defaultSkills) {
    await expect(options.getByRole('heading', { name: preset.name, exact: true })).toHaveCount(1);
  }

  // "Replace everything with this backup": CoachLens then holds exactly the file.
  await options.goto(options.url().replace(/#.*$/, '#data'));
  await restoreFile(data, 'seed.json', sampleBackup());
  // The box turns on once the clean-slate preview is ready (not at the click itself), so wait for it.
  const replaceAll = data.getByLabel('Replace everything in CoachLens with this backup');
  await replaceAll.click();
  await expect(replaceAll).toBeChecked();
  await expect(data.getByText(/the \d+ rows in CoachLens now are removed/)).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported 9 rows from seed.json.')).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Skills 1' })).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Reps 2' })).toBeVisible();
});
