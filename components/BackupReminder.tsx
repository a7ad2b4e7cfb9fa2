import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { daysSinceBackup, needsBackupReminder } from '@/utils/data/durability';

export interface BackupReminderProps {
  /** Epoch ms of the last backup, `null` when never; `undefined` while loading (nothing is shown). */
  lastBackupAt: number | null | undefined;
  now: number;
  /** Rows in the database; with 0 there is nothing to back up and nothing is shown. */
  rowCount?: number;
  /** Opens the Data section (or starts a backup). */
  onBackup: () => void;
}

/** "Your last backup is 42 days old. [Back up now]", shown when no backup was made for 30 days. */
export function BackupReminder({ lastBackupAt, now, rowCount, onBackup }: BackupReminderProps) {
  if (lastBackupAt === undefined || !needsBackupReminder(lastBackupAt, now, rowCount)) return null;
  const days = daysSinceBackup(lastBackupAt, now);
  return (
    <div className="coachlens-backup-reminder" role="note">
      <span>{days === null ? i18n.t('data.reminder.never') : tPlural('data.reminder.days', days)}</span>{' '}
      <button type="button" onClick={onBackup}>
        {i18n.t('data.reminder.action')}
      </button>
    </div>
  );
}
