import { useId, useState, type ChangeEvent } from 'react';
import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { type CsvExportTable, csvExportTables, exportCsv } from '@/utils/data/csv-export';
import { type CsvImportTable, csvImportTables, type CsvPreparation, fieldWords } from '@/utils/data/csv-import';
import { backupFileName } from '@/utils/data/export-backup';
import { loadCsvFile } from '@/utils/data/import-files';
import { applyImport, type ConflictChoice } from '@/utils/data/import-plan';
import type { SnapshotSummary } from '@/utils/data/snapshots';
import type { Progress } from '@/utils/data/yield';
import { getDb } from '@/utils/db/app-db';
import type { Crm } from '@/utils/schemas/common';
import { PreviewView } from './PreviewView';
import { ProblemsView } from './ProblemsView';
import { ProgressView } from './ProgressView';
import { saveFile } from './save-file';
import { UndoImport } from './UndoImport';

/** Writes one table as a CSV file the browser saves; returns the file's name. */
async function exportCsvFile(table: CsvExportTable): Promise<string> {
  const fileName = backupFileName(Date.now(), `coachlens-${table}`, 'csv');
  saveFile(new Blob([await exportCsv(getDb(), table)], { type: 'text/csv;charset=utf-8' }), fileName);
  return fileName;
}

export function CsvPanel() {
  const [exportStatus, setExportStatus] = useState('');
  const [exportError, setExportError] = useState<unknown>();

  async function onExport(table: CsvExportTable) {
    setExportError(undefined);
    try {
      const fileName = await exportCsvFile(table);
      setExportStatus(i18n.t('data.csv.exported', { file: fileName }));
    } catch (caught) {
      setExportError(caught);
    }
  }

  return (
    <div className="data-block">
      <h3>{i18n.t('data.csv.heading')}</h3>
      <h4>{i18n.t('data.csv.exportHeading')}</h4>
      <p>{i18n.t('data.csv.exportExplain')}</p>
      <div className="data-actions">
        {csvExportTables.map((table) => (
          <button key={table} type="button" onClick={() => void onExport(table)}>
            {i18n.t('data.csv.export', { table: i18n.t(`data.tables.${table}`) })}
          </button>
        ))}
      </div>
      <p role="status" className="form-ok">
        {exportStatus}
      </p>
      <ProblemsView error={exportError} />
      <CsvImport />
    </div>
  );
}

function CsvImport() {
  const ids = { table: useId(), crm: useId() };
  const [table, setTable] = useState<CsvImportTable>('reps');
  const [crm, setCrm] = useState<Crm>('salesforce');
  const [progress, setProgress] = useState<Progress>();
  const [prepared, setPrepared] = useState<CsvPreparation>();
  const [error, setError] = useState<unknown>();
  const [choice, setChoice] = useState<ConflictChoice>('keep-existing');
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<{ snapshot: SnapshotSummary; fileName: string }>();
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  function reset() {
    setPrepared(undefined);
    setInputKey((key) => key + 1);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(undefined);
    setStatus('');
    setUndo(undefined);
    setPrepared(undefined);
    setChoice('keep-existing');
    setBusy(true);
    try {
      setPrepared(await loadCsvFile(getDb(), table, file, { defaultCrm: crm, onProgress: setProgress }));
    } catch (caught) {
      setError(caught);
      setInputKey((key) => key + 1);
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  }

  async function onConfirm() {
    if (!prepared?.backup) return;
    setBusy(true);
    try {
      const outcome = await applyImport(getDb(), prepared.backup, { choice, onProgress: setProgress });
      setStatus(tPlural('data.restore.done', outcome.written, { file: prepared.fileName }));
      if (outcome.snapshot) setUndo({ snapshot: outcome.snapshot, fileName: prepared.fileName });
      reset();
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  }

  return (
    <>
      <h4>{i18n.t('data.csv.importHeading')}</h4>
      <p>{i18n.t('data.csv.importExplain')}</p>
      <div className="stacked-form">
        <label htmlFor={ids.table}>{i18n.t('data.csv.table')}</label>
        <select
          id={ids.table}
          value={table}
          onChange={(event) => {
            setTable(event.target.value as CsvImportTable);
            reset();
          }}
        >
          {csvImportTables.map((name) => (
            <option key={name} value={name}>
              {i18n.t(`data.tables.${name}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.crm}>{i18n.t('data.csv.defaultCrm')}</label>
        <CrmSelect id={ids.crm} value={crm} onChange={setCrm} />
        <label className="data-file">
          {i18n.t('data.csv.choose')}
          <input
            key={inputKey}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void onFile(event)}
            disabled={busy}
          />
        </label>
      </div>
      <ProgressView progress={progress} />
      <ProblemsView error={error} />
      {prepared && (
        <>
          <table className="data-mapping">
            <caption>
              {i18n.t('data.csv.mapping', { file: prepared.fileName })} · {tPlural('data.csv.rows', prepared.rowCount)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('data.csv.column')}</th>
                <th scope="col">{i18n.t('data.csv.field')}</th>
              </tr>
            </thead>
            <tbody>
              {prepared.mapping.map((column) => (
                <tr key={column.index}>
                  <th scope="row">{column.header}</th>
                  <td>{column.field ? fieldWords(prepared.table, column.field) : i18n.t('data.csv.ignored')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemsView error={prepared.problems} />
          {prepared.preview && (
            <PreviewView
              preview={prepared.preview}
              choice={choice}
              onChoice={setChoice}
              onConfirm={() => void onConfirm()}
              onCancel={reset}
              busy={busy}
            />
          )}
        </>
      )}
      <p role="status" className="form-ok">
        {status}
      </p>
      {undo && <UndoImport key={undo.snapshot.id} snapshot={undo.snapshot} fileName={undo.fileName} />}
    </>
  );
}
