import { useState, type ChangeEvent } from 'react';
import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import type { CheckedBackup } from '@/utils/data/check-backup';
import { backupBlob, backupFileName, exportBackup } from '@/utils/data/export-backup';
import { loadBackupFile } from '@/utils/data/import-files';
import {
  applyImport,
  type ConflictChoice,
  type ImportMode,
  type ImportPreview,
  previewImport,
} from '@/utils/data/import-plan';
import type { SnapshotSummary } from '@/utils/data/snapshots';
import type { Progress } from '@/utils/data/yield';
import { getDb } from '@/utils/db/app-db';
import { formatDateTime } from '@/utils/format/dates';
import { PreviewView } from './PreviewView';
import { ProblemsView } from './ProblemsView';
import { ProgressView } from './ProgressView';
import { saveFile } from './save-file';
import { lastBackupAtItem } from '@/utils/storage/items';
import { UndoImport } from './UndoImport';

export function BackupPanel({ lastBackupAt }: { lastBackupAt: number | null | undefined }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>();

  async function onBackup() {
    setBusy(true);
    setError(undefined);
    try {
      const now = Date.now();
      const fileName = backupFileName(now);
      saveFile(backupBlob(await exportBackup(getDb(), now)), fileName);
      await lastBackupAtItem.setValue(now);
      setStatus(i18n.t('data.backup.done', { file: fileName }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="data-block">
      <h3>{i18n.t('data.backup.heading')}</h3>
      <p>{i18n.t('data.backup.explain')}</p>
      <p>
        {lastBackupAt
          ? i18n.t('data.backup.last', { date: formatDateTime(lastBackupAt) })
          : lastBackupAt === null
            ? i18n.t('data.backup.never')
            : ''}
      </p>
      <button type="button" onClick={() => void onBackup()} disabled={busy}>
        {i18n.t('data.backup.download')}
      </button>
      <p role="status" className="form-ok">
        {status}
      </p>
      <ProblemsView error={error} />
      <RestoreFromFile />
    </div>
  );
}

function RestoreFromFile() {
  const [progress, setProgress] = useState<Progress>();
  const [error, setError] = useState<unknown>();
  const [checked, setChecked] = useState<{ backup: CheckedBackup; preview: ImportPreview }>();
  const [choice, setChoice] = useState<ConflictChoice>('keep-existing');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<{ snapshot: SnapshotSummary; fileName: string }>();
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(undefined);
    setStatus('');
    setUndo(undefined);
    setChecked(undefined);
    setChoice('keep-existing');
    setMode('merge');
    setBusy(true);
    try {
      const backup = await loadBackupFile(file, setProgress);
      setChecked({ backup, preview: await previewImport(getDb(), backup) });
    } catch (caught) {
      setError(caught);
      setInputKey((key) => key + 1);
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  }

  /** "Replace everything with this backup": the preview then says what a restore onto a clean slate does. */
  async function onMode(next: ImportMode) {
    if (!checked) return;
    const previous = mode;
    // The box shows the choice at once; the preview follows when it is worked out.
    setMode(next);
    setBusy(true);
    try {
      setChecked({ backup: checked.backup, preview: await previewImport(getDb(), checked.backup, next) });
    } catch (caught) {
      setMode(previous);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function onConfirm() {
    if (!checked) return;
    setBusy(true);
    try {
      const outcome = await applyImport(getDb(), checked.backup, { choice, mode, onProgress: setProgress });
      const fileName = checked.backup.fileName;
      setStatus(tPlural('data.restore.done', outcome.written, { file: fileName }));
      if (outcome.snapshot) setUndo({ snapshot: outcome.snapshot, fileName });
      setChecked(undefined);
      setInputKey((key) => key + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  }

  return (
    <>
      <h3>{i18n.t('data.restore.heading')}</h3>
      <p>{i18n.t('data.restore.explain')}</p>
      <label className="data-file">
        {i18n.t('data.restore.choose')}
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void onFile(event)}
          disabled={busy}
        />
      </label>
      <ProgressView progress={progress} />
      <ProblemsView error={error} />
      {checked && (
        <label className="data-replace">
          <input
            type="checkbox"
            checked={mode === 'replace'}
            disabled={busy}
            onChange={(event) => void onMode(event.target.checked ? 'replace' : 'merge')}
          />{' '}
          {i18n.t('data.restore.replaceAll')}
        </label>
      )}
      {checked?.preview.mode === 'replace' && <p>{tPlural('data.restore.replaceExplain', checked.preview.removed)}</p>}
      {checked && (
        <PreviewView
          preview={checked.preview}
          choice={choice}
          onChoice={setChoice}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            setChecked(undefined);
            setInputKey((key) => key + 1);
          }}
          busy={busy}
        />
      )}
      <p role="status" className="form-ok">
        {status}
      </p>
      {undo && <UndoImport key={undo.snapshot.id} snapshot={undo.snapshot} fileName={undo.fileName} />}
    </>
  );
}
