import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { listSnapshots, type SnapshotReason } from '@/utils/data/snapshots';
import { deleteAllData, deleteConfirmationWord, restoreSnapshot } from '@/utils/data/wipe';
import type { Progress } from '@/utils/data/yield';
import { getDb } from '@/utils/db/app-db';
import { formatDateTime } from '@/utils/format/dates';
import { ProblemsView } from './ProblemsView';
import { ProgressView } from './ProgressView';

const reasonKeys = {
  'before-import': 'data.snapshots.reason.beforeImport',
  'before-restore': 'data.snapshots.reason.beforeRestore',
  'before-delete-all': 'data.snapshots.reason.beforeDeleteAll',
} as const satisfies Record<SnapshotReason, string>;

/** The copies kept before changes, each restorable; and "Delete all data" behind a typed confirmation. */
export function SnapshotsPanel() {
  const [version, setVersion] = useState(0);
  const snapshots = useLiveQuery(() => listSnapshots(getDb()).catch(() => []), [version]);
  const [progress, setProgress] = useState<Progress>();
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState('');
  const confirmId = useId();

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      setStatus(await action());
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(undefined);
      setBusy(false);
      setVersion((value) => value + 1);
    }
  }

  return (
    <div className="data-block">
      <h3>{i18n.t('data.snapshots.heading')}</h3>
      <p>{i18n.t('data.snapshots.explain')}</p>
      {snapshots?.length === 0 && <p>{i18n.t('data.snapshots.none')}</p>}
      {snapshots && snapshots.length > 0 && (
        <ul className="row-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              {i18n.t(reasonKeys[snapshot.reason], { date: formatDateTime(snapshot.takenAt) })}{' '}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await restoreSnapshot(getDb(), snapshot.id, setProgress);
                    return i18n.t('data.snapshots.restored', { date: formatDateTime(snapshot.takenAt) });
                  })
                }
              >
                {i18n.t('data.snapshots.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{i18n.t('data.deleteAll.heading')}</h3>
      <p>{i18n.t('data.deleteAll.explain')}</p>
      <form
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed !== deleteConfirmationWord) return;
          void run(async () => {
            await deleteAllData(getDb());
            setTyped('');
            return i18n.t('data.deleteAll.done');
          });
        }}
      >
        <label htmlFor={confirmId}>{i18n.t('data.deleteAll.confirmLabel')}</label>
        <input id={confirmId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
        <button type="submit" className="danger" disabled={busy || typed !== deleteConfirmationWord}>
          {i18n.t('data.deleteAll.button')}
        </button>
      </form>
      <ProgressView progress={progress} />
      <ProblemsView error={error} />
      <p role="status" className="form-ok">
        {status}
      </p>
    </div>
  );
}
