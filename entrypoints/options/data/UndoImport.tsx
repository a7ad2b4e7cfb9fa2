import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { i18n } from '#i18n';
import { listSnapshots, type SnapshotSummary } from '@/utils/data/snapshots';
import { restoreSnapshot } from '@/utils/data/wipe';
import { getDb } from '@/utils/db/app-db';
import { ProblemsView } from './ProblemsView';

/**
 * "Undo this import", right after an import: puts back the copy of the data taken just before it
 * (every import keeps one, even one that only added rows), so a wrong file is one click away from
 * gone rather than a delete-all and a restore. Only the latest import offers it: the copy taken
 * before an earlier one would silently undo the later imports too.
 */
export function UndoImport({ snapshot, fileName }: { snapshot: SnapshotSummary; fileName: string }) {
  const [state, setState] = useState<'ready' | 'busy' | 'done'>('ready');
  const [error, setError] = useState<unknown>();
  const newest = useLiveQuery(
    () =>
      listSnapshots(getDb()).then(
        (list) => list[0]?.id,
        () => undefined,
      ),
    [],
  );

  async function onUndo() {
    setState('busy');
    setError(undefined);
    try {
      await restoreSnapshot(getDb(), snapshot.id);
      setState('done');
    } catch (caught) {
      setError(caught);
      setState('ready');
    }
  }

  if (state !== 'done' && newest !== undefined && newest !== snapshot.id) return null;
  return (
    <div className="data-undo">
      {state === 'done' ? (
        <p role="status" className="form-ok">
          {i18n.t('data.undo.done', { file: fileName })}
        </p>
      ) : (
        <>
          <p>{i18n.t('data.undo.explain')}</p>
          <button type="button" onClick={() => void onUndo()} disabled={state === 'busy'}>
            {i18n.t('data.undo.button')}
          </button>
        </>
      )}
      <ProblemsView error={error} />
    </div>
  );
}
