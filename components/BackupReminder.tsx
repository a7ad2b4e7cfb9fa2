import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { daysSinceBackup, needsBackupReminder } from '@/utils/data/durability';

export interface BackupReminderProps {
  /** Epoch ms of the last backup, `null` when never; `undefined` while loading (nothing is shown). */
  lastBackupAt: number | null | undefined;
  now: number;
  /** Whether there is data worth backing up yet (see `worthBackingUp`); nothing is shown until there is. */
  worthBackingUp: boolean;
  /** Opens the Data section (or starts a backup). */
  onBackup: () => void;
  /** One short line, for the popup: the log form stays above the fold. */
  compact?: boolean;
}

/** "Your last backup is 42 days old. [Back up now]", shown when no backup was made for 30 days. */
export function BackupReminder({ lastBackupAt, now, worthBackingUp, onBackup, compact = false }: BackupReminderProps) {
  if (lastBackupAt === undefined || !worthBackingUp || !needsBackupReminder(lastBackupAt, now)) return null;
  const days = daysSinceBackup(lastBackupAt, now);
  const text = compact
    ? days === null
      ? i18n.t('data.reminder.neverShort')
      : tPlural('data.reminder.daysShort', days)
    : days === null
      ? i18n.t('data.reminder.never')
      : tPlural('data.reminder.days', days);
  return (
    <div className={compact ? 'coachlens-backup-reminder is-compact' : 'coachlens-backup-reminder'} role="note">
      <span>{text}</span>{' '}
      <button type="button" className={compact ? 'link-button' : undefined} onClick={onBackup}>
        {i18n.t('data.reminder.action')}
      </button>
    </div>
  );
}
