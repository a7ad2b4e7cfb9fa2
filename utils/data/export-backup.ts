import type { CoachLensDb } from '../db';
import {
  backupFormatName,
  backupFormatVersion,
  type BackupFile,
  type BackupTables,
  schemaVersion,
  tableNames,
} from './backup-format';
import { guard } from '../db/guard';

/**
 * Every row of every table, read in one transaction (one consistent moment), in primary-key
 * order, exactly as stored.
 */
export async function exportBackup(db: CoachLensDb, now = Date.now()): Promise<BackupFile> {
  const tables = await guard('Backup not made', async () => {
    const rows: Record<string, unknown[]> = {};
    await db.transaction(
      'r',
      tableNames.map((name) => db.table(name)),
      async () => {
        for (const name of tableNames) rows[name] = await db.table(name).toArray();
      },
    );
    return rows as unknown as BackupTables;
  });
  return { format: backupFormatName, formatVersion: backupFormatVersion, schemaVersion, exportedAt: now, tables };
}

/** The file the manager downloads. */
export function backupBlob(backup: BackupFile): Blob {
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

/** `coachlens-backup-2026-11-27.json`, in the manager's local calendar day. */
export function backupFileName(now: number, prefix = 'coachlens-backup', extension = 'json'): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${prefix}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
