import { type CoachLensDb, toDomainError } from '../db';
import { forgettingTeamSummary } from '../db/team-summary-store';
import { tableNames } from './backup-format';
import { checkBackupText } from './check-backup';
import { ImportFileError } from './import-errors';
import { type ApplyOutcome, applyImport } from './import-plan';
import { readSnapshotText, type SnapshotSummary, takeSnapshot } from './snapshots';
import type { ProgressCallback } from './yield';

/** The word the manager types to confirm "Delete all data". */
export const deleteConfirmationWord = 'DELETE';

/**
 * Deletes every row of every table in one transaction, after keeping a snapshot of them (so even
 * this can be undone from the snapshot list). The database itself is never deleted.
 */
export async function deleteAllData(db: CoachLensDb, now = Date.now()): Promise<SnapshotSummary> {
  const snapshot = await takeSnapshot(db, 'before-delete-all', now);
  try {
    await forgettingTeamSummary(db, () =>
      db.transaction(
        'rw',
        tableNames.map((name) => db.table(name)),
        async () => {
          for (const name of tableNames) await db.table(name).clear();
        },
      ),
    );
  } catch (error) {
    throw toDomainError(error, 'Nothing was deleted');
  }
  return snapshot;
}

/** Puts the database back exactly as the snapshot holds it (keeping a snapshot of the present first). */
export async function restoreSnapshot(
  db: CoachLensDb,
  id: string,
  onProgress?: ProgressCallback,
): Promise<ApplyOutcome> {
  const text = await readSnapshotText(db, id);
  const fileName = 'snapshot';
  if (text === null) {
    throw new ImportFileError([
      { where: fileName, what: 'is no longer kept', fix: 'Choose another snapshot or a backup file.' },
    ]);
  }
  const backup = await checkBackupText(text, fileName, onProgress);
  return applyImport(db, backup, { mode: 'replace', onProgress });
}
