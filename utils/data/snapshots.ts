import Dexie, { type EntityTable } from 'dexie';
import type { CoachLensDb, TableCounts } from '../db';
import { guard } from '../db/guard';
import { exportBackup } from './export-backup';

/**
 * Copies of the whole database taken before every import (so any import can be undone) and before
 * a restore that replaces everything. "Delete all data" deletes them too: delete means deleted.
 *
 * They live in a database of their own, `coachlens-snapshots`, not in a table of `coachlens`:
 * the main schema stays at its released version (no new `db.version`, no migration for users), a
 * snapshot never shows up in row counts, exports or the panel's queries, and a snapshot is one
 * Blob of the backup JSON, so restoring it runs through exactly the same checks as a backup file.
 */
export interface StoredSnapshot {
  id: string;
  takenAt: number;
  reason: SnapshotReason;
  counts: TableCounts;
  /** A backup file (`backup-format.ts`) as JSON. */
  data: Blob;
}

/** `before-delete-all`: taken by earlier versions, which kept a copy when everything was deleted. */
export type SnapshotReason = 'before-import' | 'before-restore' | 'before-delete-all';

export type SnapshotSummary = Omit<StoredSnapshot, 'data'> & { bytes: number };

/** Older snapshots are removed once there are more than this many. */
export const keptSnapshots = 3;

class SnapshotDb extends Dexie {
  snapshots!: EntityTable<StoredSnapshot, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'id, takenAt' });
  }
}

const handles = new Map<string, SnapshotDb>();

/** `coachlens` → `coachlens-snapshots`; a test database gets its own snapshot database. */
export function snapshotDbName(db: CoachLensDb): string {
  return `${db.name}-snapshots`;
}

export function openSnapshotDb(db: CoachLensDb): SnapshotDb {
  const name = snapshotDbName(db);
  let handle = handles.get(name);
  if (!handle) {
    handle = new SnapshotDb(name);
    handles.set(name, handle);
  }
  return handle;
}

/** Test cleanup: closes and deletes the snapshot database that belongs to `db`. */
export async function deleteSnapshotDb(db: CoachLensDb): Promise<void> {
  const name = snapshotDbName(db);
  handles.get(name)?.close();
  handles.delete(name);
  await Dexie.delete(name);
}

/** Copies the whole database into a snapshot, and keeps only the newest `keptSnapshots`. */
export async function takeSnapshot(
  db: CoachLensDb,
  reason: SnapshotReason,
  now = Date.now(),
): Promise<SnapshotSummary> {
  const backup = await exportBackup(db, now);
  const data = new Blob([JSON.stringify(backup)], { type: 'application/json' });
  const counts = Object.fromEntries(
    Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]),
  ) as TableCounts;
  const snapshot: StoredSnapshot = { id: crypto.randomUUID(), takenAt: now, reason, counts, data };
  const store = openSnapshotDb(db);
  await guard('CoachLens could not keep a copy of your current data first, so nothing was changed', () =>
    store.transaction('rw', store.snapshots, async () => {
      await store.snapshots.add(snapshot);
      const ids = (await store.snapshots.orderBy('takenAt').reverse().primaryKeys()) as string[];
      await store.snapshots.bulkDelete(ids.slice(keptSnapshots));
    }),
  );
  return { id: snapshot.id, takenAt: now, reason, counts, bytes: data.size };
}

/** Snapshots, newest first, without their data. */
export async function listSnapshots(db: CoachLensDb): Promise<SnapshotSummary[]> {
  const store = openSnapshotDb(db);
  return guard('Snapshots not loaded', async () => {
    const rows = await store.snapshots.orderBy('takenAt').reverse().toArray();
    return rows.map(({ data, ...summary }) => ({ ...summary, bytes: data.size }));
  });
}

/** The snapshot's backup JSON, or `null` when it was removed meanwhile. */
export async function readSnapshotText(db: CoachLensDb, id: string): Promise<string | null> {
  const store = openSnapshotDb(db);
  const row = await guard('Snapshot not loaded', () => store.snapshots.get(id));
  return row ? row.data.text() : null;
}

/** Removes every snapshot ("Delete all data"). The database stays, empty, for the next import. */
export async function deleteAllSnapshots(db: CoachLensDb): Promise<void> {
  const store = openSnapshotDb(db);
  await guard('The copies kept before changes were not deleted', () => store.snapshots.clear());
}
