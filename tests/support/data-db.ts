import { afterEach, beforeEach } from 'vitest';
import { type CoachLensDb, openCoachLensDb } from '@/utils/db/app-db';
import { deleteDatabase, readAllRows, type RowsByTable } from './migration-harness';
import { deleteSnapshotDb } from '@/utils/data/snapshots';

/** Test-only: a fresh database (and snapshot database) per test. */
export function freshDataDbForEachTest(): () => CoachLensDb {
  let db: CoachLensDb | undefined;
  beforeEach(() => {
    db = openCoachLensDb(`data-test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    if (db) {
      await deleteSnapshotDb(db);
      await deleteDatabase(db);
    }
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('freshDataDbForEachTest: the database exists only inside a test');
    return db;
  };
}

/** Every row of every table, serialised: equal strings mean the database is byte-for-byte unchanged. */
export async function dumpDb(db: CoachLensDb): Promise<string> {
  return JSON.stringify(await readAllRows(db));
}

export async function rowsOf(db: CoachLensDb): Promise<RowsByTable> {
  return readAllRows(db);
}

export { sampleBackup, sampleIds } from './sample-backup';
