import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { readStorageDiagnostics, requestPersistence, type StorageDiagnostics } from '@/utils/data/durability';
import { tableNames } from '@/utils/data/backup-format';
import { schemaVersion } from '@/utils/db/app-db';
import type { TableCounts } from '@/utils/db/snapshot';
import { formatBytes, formatCount } from '@/utils/format/numbers';

/** Whether the browser keeps the data, how much storage it uses, the data version and rows per table. */
export function DiagnosticsPanel({ counts }: { counts: TableCounts | undefined }) {
  const [storage, setStorage] = useState<StorageDiagnostics>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    void readStorageDiagnostics().then((value) => live && setStorage(value));
    return () => {
      live = false;
    };
  }, [counts]);

  async function onPersist() {
    const granted = await requestPersistence();
    setDenied(granted !== true);
    setStorage(await readStorageDiagnostics());
  }

  const persisted =
    storage?.persisted === true
      ? i18n.t('data.diagnostics.persistedYes')
      : storage?.persisted === false
        ? i18n.t('data.diagnostics.persistedNo')
        : i18n.t('data.diagnostics.persistedUnknown');
  const unknown = i18n.t('data.diagnostics.unknown');
  return (
    <div className="data-block">
      <h3>{i18n.t('data.diagnostics.heading')}</h3>
      <dl className="data-diagnostics">
        <dt>{i18n.t('data.diagnostics.persisted')}</dt>
        <dd>
          <span data-testid="persisted">{storage ? persisted : ''}</span>
          {storage?.persisted === false && (
            <button type="button" onClick={() => void onPersist()}>
              {i18n.t('data.diagnostics.persist')}
            </button>
          )}
          {denied && <span className="field-hint"> {i18n.t('data.diagnostics.persistDenied')}</span>}
        </dd>
        <dt>{i18n.t('data.diagnostics.used')}</dt>
        <dd>
          {storage
            ? i18n.t('data.diagnostics.usedValue', {
                used: formatBytes(storage.usageBytes) ?? unknown,
                quota: formatBytes(storage.quotaBytes) ?? unknown,
              })
            : ''}
        </dd>
        <dt>{i18n.t('data.diagnostics.schema')}</dt>
        <dd>{schemaVersion}</dd>
      </dl>
      <table className="data-counts">
        <caption>{i18n.t('data.diagnostics.rows')}</caption>
        <tbody>
          {tableNames.map((table) => (
            <tr key={table}>
              <th scope="row">{i18n.t(`data.tables.${table}`)}</th>
              <td>{counts ? formatCount(counts[table]) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
