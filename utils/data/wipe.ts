import { type CoachLensDb, toDomainError } from '../db';
import { forgettingTeamSummary } from '../db/team-summary-store';
import { tableNames } from './backup-format';
import { checkBackupText } from './check-backup';
import { ImportFileError } from './import-errors';
import { type ApplyOutcome, applyImport } from './import-plan';
import { browser } from 'wxt/browser';
import { pendingNoteKey } from '@/utils/messaging/pending-note';
import { lastBackupAtItem, sampleTeamItem } from '../storage/items';
import { deleteAllSnapshots, readSnapshotText } from './snapshots';
import type { ProgressCallback } from './yield';

/** The word the manager types to confirm "Delete all data". */
export const deleteConfirmationWord = 'DELETE';

/**
 * Deletes the manager's data everywhere CoachLens keeps it: every row of every table (one
 * transaction), the copies kept before changes (`coachlens-snapshots`), the team summary
 * (`coachlens-team-summary`), and what extension storage holds about that data: the date of the
 * last backup, the sample team's row list, a CRM selection waiting for the popup. Only the
 * settings stay (targets, theme, CRM sites, panel position), as the privacy policy says. Nothing is
 * kept to undo it: the dashboard offers a backup first. The databases themselves stay, empty.
 */
export async function deleteAllData(db: CoachLensDb): Promise<void> {
  // The copies first: if they cannot be deleted, the data is still all there and nothing changed.
  await deleteAllSnapshots(db);
  await Promise.all([
    lastBackupAtItem.removeValue(),
    sampleTeamItem.removeValue(),
    browser.storage.session.remove(pendingNoteKey),
  ]);
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
    throw toDomainError(error, 'The copies kept before changes were deleted, but not your data');
  }
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
