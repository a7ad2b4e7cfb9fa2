import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import { useStored } from '@/hooks/use-stored';
import { getDb } from '@/utils/db/app-db';
import { DatabaseUnavailableError } from '@/utils/db/errors';
import { countRows, type TableCounts } from '@/utils/db/snapshot';
import { SectionHeading } from '../SectionHeading';
import { BackupPanel } from './BackupPanel';
import { CsvPanel } from './CsvPanel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { SnapshotsPanel } from './SnapshotsPanel';
import './data.css';
import { lastBackupAtItem } from '@/utils/storage/items';

type CountsState = { counts: TableCounts } | { error: Error };

/**
 * The dashboard's Data section (`#data`): backup, restore, CSV, diagnostics, snapshots and delete.
 * When the database cannot be opened, it says so and offers nothing that would write: CoachLens
 * never falls back to storing data elsewhere and never deletes the database.
 */
export function DataSection() {
  const state = useLiveQuery<CountsState>(
    () =>
      countRows(getDb()).then(
        (counts) => ({ counts }),
        (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }),
      ),
    [],
  );
  const lastBackupAt = useStored(lastBackupAtItem);

  const cannotOpen = state && 'error' in state ? state.error : undefined;
  return (
    <section aria-labelledby="data-heading" className="dashboard-section data-section" id="data">
      <SectionHeading id="data-heading">{i18n.t('data.heading')}</SectionHeading>
      {cannotOpen ? (
        <p role="alert" className="form-error">
          {cannotOpen instanceof DatabaseUnavailableError
            ? i18n.t('data.cannotOpen', { message: cannotOpen.message })
            : cannotOpen.message}
        </p>
      ) : (
        <>
          <p>{i18n.t('data.intro')}</p>
          <BackupPanel lastBackupAt={lastBackupAt} />
          <CsvPanel />
          <SnapshotsPanel />
        </>
      )}
      <DiagnosticsPanel counts={state && 'counts' in state ? state.counts : undefined} />
    </section>
  );
}
