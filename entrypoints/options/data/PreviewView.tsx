import { useId } from 'react';
import { i18n } from '#i18n';
import { tableNames } from '@/utils/data/backup-format';
import type { ConflictChoice, ImportPreview } from '@/utils/data/import-plan';
import { formatCount } from '@/utils/format/numbers';
import { tPlural } from '@/utils/i18n/plural';

export interface PreviewViewProps {
  preview: ImportPreview;
  choice: ConflictChoice;
  onChoice: (choice: ConflictChoice) => void;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}

/** What an import would add, leave as it is, and where the file differs; the conflict choice; confirm. */
export function PreviewView({ preview, choice, onChoice, onConfirm, onCancel, busy }: PreviewViewProps) {
  const name = useId();
  const rows = tableNames.filter((table) => {
    const counts = preview.tables[table];
    return counts.added + counts.unchanged + counts.conflicts > 0;
  });
  const nothingToDo =
    preview.added === 0 &&
    preview.replacedDefaultSkills === 0 &&
    (preview.conflicts === 0 || choice === 'keep-existing');
  return (
    <div className="data-preview">
      <h4>{i18n.t('data.preview.heading', { file: preview.fileName })}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('data.preview.table')}</th>
            <th scope="col">{i18n.t('data.preview.added')}</th>
            <th scope="col">{i18n.t('data.preview.unchanged')}</th>
            <th scope="col">{i18n.t('data.preview.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((table) => (
            <tr key={table}>
              <th scope="row">{i18n.t(`data.tables.${table}`)}</th>
              <td>{formatCount(preview.tables[table].added)}</td>
              <td>{formatCount(preview.tables[table].unchanged)}</td>
              <td>{formatCount(preview.tables[table].conflicts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.replacedDefaultSkills > 0 && (
        <p>{tPlural('data.preview.replacesDefaults', preview.replacedDefaultSkills)}</p>
      )}
      {preview.conflicts > 0 && (
        <fieldset>
          <legend>{i18n.t('data.preview.conflictQuestion')}</legend>
          <label>
            <input
              type="radio"
              name={name}
              checked={choice === 'keep-existing'}
              onChange={() => onChoice('keep-existing')}
            />{' '}
            {i18n.t('data.preview.keepExisting')}
          </label>
          <label>
            <input type="radio" name={name} checked={choice === 'use-file'} onChange={() => onChoice('use-file')} />{' '}
            {i18n.t('data.preview.useFile')}
          </label>
        </fieldset>
      )}
      {nothingToDo && (
        <p>
          {preview.conflicts > 0
            ? tPlural('data.preview.nothingNew', preview.conflicts)
            : i18n.t('data.preview.nothing')}
        </p>
      )}
      <div className="data-actions">
        <button type="button" onClick={onConfirm} disabled={busy || nothingToDo}>
          {i18n.t('data.preview.confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {i18n.t('data.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
