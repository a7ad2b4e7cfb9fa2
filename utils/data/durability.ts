export const backupReminderDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * True when the manager should be reminded to back up: never backed up, or the last backup is
 * `backupReminderDays` days old or older. With `rowCount` 0 there is nothing to lose yet: false.
 */
export function needsBackupReminder(lastBackupAt: number | null | undefined, now: number, rowCount?: number): boolean {
  if (rowCount === 0) return false;
  if (lastBackupAt === null || lastBackupAt === undefined || !Number.isFinite(lastBackupAt)) return true;
  return now - lastBackupAt >= backupReminderDays * dayMs;
}

/** Whole days since the last backup, or `null` when never backed up. */
export function daysSinceBackup(lastBackupAt: number | null | undefined, now: number): number | null {
  if (lastBackupAt === null || lastBackupAt === undefined) return null;
  return Math.max(0, Math.floor((now - lastBackupAt) / dayMs));
}

export interface StorageDiagnostics {
  /** `null` when the browser does not say (no StorageManager in this context). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'estimate' | 'persist'>;

function storageManager(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/** Whether the browser promised to keep CoachLens's storage, and how much of it is used. */
export async function readStorageDiagnostics(manager = storageManager()): Promise<StorageDiagnostics> {
  if (!manager) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    manager.persisted().catch(() => null),
    manager.estimate().catch(() => ({}) as StorageEstimate),
  ]);
  return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}

/**
 * Asks the browser to keep CoachLens's data even under storage pressure
 * (https://developer.mozilla.org/docs/Web/API/StorageManager/persist). Returns whether it is granted.
 */
export async function requestPersistence(manager = storageManager()): Promise<boolean | null> {
  if (!manager) return null;
  try {
    return await manager.persist();
  } catch {
    return false;
  }
}
