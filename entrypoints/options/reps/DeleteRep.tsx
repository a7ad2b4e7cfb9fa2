import { useState } from 'react';
import { i18n } from '#i18n';
import { getDb } from '@/utils/db/app-db';
import { removeRep, type RepRemoval } from '@/utils/db/rep-removal';
import type { InsightInput } from '@/utils/db/snapshot';
import type { Rep } from '@/utils/schemas/rep';

/** What deleting the rep would remove and detach, counted from the rows the dashboard has loaded. */
export function removalCounts(input: InsightInput, repId: string) {
  const count = <T,>(rows: readonly T[], about: (row: T) => boolean) => String(rows.filter(about).length);
  return {
    observations: count(input.observations, (row) => row.repId === repId),
    plans: count(input.plans, (row) => row.repId === repId),
    results: count(input.results, (row) => row.repId === repId),
    accounts: count(input.accounts, (row) => row.ownerRepId === repId),
    strategies: count(input.strategies, (row) => row.repId === repId),
    time: count(input.timeEntries, (row) => row.repId === repId && row.observationId === undefined),
  };
}

export interface DeleteRepProps {
  rep: Rep;
  input: InsightInput;
  onDeleted: (removal: RepRemoval) => void;
}

/** Deleting a rep added by mistake: a confirmation that says what goes and what stays. */
export function DeleteRep({ rep, input, onDeleted }: DeleteRepProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const counts = removalCounts(input, rep.id);

  async function remove() {
    setBusy(true);
    try {
      onDeleted(await removeRep(getDb(), rep.id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <div className="delete-rep">
      <h3>{i18n.t('options.rep.remove.heading')}</h3>
      <p className="field-hint">{i18n.t('options.rep.remove.hint')}</p>
      {confirming ? (
        <div className="callout callout-danger" role="group" aria-labelledby="delete-rep-confirm">
          <p id="delete-rep-confirm">
            <strong>{i18n.t('options.rep.remove.confirmHeading', { name: rep.name })}</strong>
          </p>
          <p>{i18n.t('options.rep.remove.goes', counts)}</p>
          <p>{i18n.t('options.rep.remove.stays', counts)}</p>
          <p className="field-hint">{i18n.t('options.rep.remove.undoHint')}</p>
          <div className="button-row">
            <button type="button" className="button-danger" disabled={busy} onClick={() => void remove()}>
              {i18n.t('options.rep.remove.confirm', { name: rep.name })}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {i18n.t('options.common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          {i18n.t('options.rep.remove.start', { name: rep.name })}
        </button>
      )}
      <p role="status" className="form-error">
        {error}
      </p>
    </div>
  );
}
