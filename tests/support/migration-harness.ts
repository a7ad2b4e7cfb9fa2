import Dexie from 'dexie';
import { type CoachLensDb, openCoachLensDb } from '@/utils/db/app-db';
import { type DbVersion, dbVersions } from '@/utils/db/versions';

/**
 * Test-only helper (docs/architecture.md#schema-changes: every upgrade has a test that builds the old version with data and
 * opens it with the new code). Imported by `migrations.test.ts`, never by the extension.
 */

export type Stores = Readonly<Record<string, string | null>>;
export type RowsByTable = Record<string, unknown[]>;

/** A database as an older release left it: that release's stores and rows exactly as it stored them. */
export interface DatabaseFixture {
  version: number;
  /** The full stores at `version` (every table, not just the ones that version changed). */
  stores: Stores;
  rows: RowsByTable;
}

/** The full stores at `version`, folding the history the way Dexie does (`null` deletes a table). */
export function storesAt(version: number, history: readonly DbVersion[] = dbVersions): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const entry of [...history].sort((a, b) => a.version - b.version)) {
    if (entry.version > version) break;
    for (const [table, spec] of Object.entries(entry.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

/** Every table's rows in primary-key order, as plain data. */
export async function readAllRows(db: Dexie): Promise<RowsByTable> {
  const rows: RowsByTable = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) rows[table.name] = await table.toArray();
  });
  return rows;
}

/**
 * Builds the fixture's database in the (fake) IndexedDB with a bare Dexie that knows only the old
 * stores, so none of today's code takes part, writes the rows, reads them back and closes it.
 * Returns the rows as stored.
 */
export async function buildDatabaseAt(name: string, fixture: DatabaseFixture): Promise<RowsByTable> {
  const old = new Dexie(name);
  old.version(fixture.version).stores({ ...fixture.stores });
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
    });
    return await readAllRows(old);
  } finally {
    old.close();
  }
}

export interface UpgradeOutcome {
  /** The database opened by the current code; close it (or `deleteDatabase`) when done. */
  db: CoachLensDb;
  /** Rows as the old version stored them. */
  before: RowsByTable;
  /** Rows after the current code opened (and so upgraded) the database. */
  after: RowsByTable;
  /** The version the database reports once open. */
  version: number;
  /** Each table's index specs after the upgrade, primary key first, e.g. `['id', '*crmKeys', 'name']`. */
  indexes: Record<string, string[]>;
}

/** Builds the fixture at its old version, then opens it with `open` (today's `openCoachLensDb`) and reads every row. */
export async function upgradeWithCurrentCode(
  name: string,
  fixture: DatabaseFixture,
  open: (name: string) => CoachLensDb = openCoachLensDb,
): Promise<UpgradeOutcome> {
  const before = await buildDatabaseAt(name, fixture);
  const db = open(name);
  await db.open();
  const after = await readAllRows(db);
  const indexes = Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)],
    ]),
  );
  return { db, before, after, version: db.verno, indexes };
}

/** Closes and removes a test database. */
export async function deleteDatabase(db: Dexie): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
