import { useState } from 'react';
import { i18n } from '#i18n';
import { getDb } from '@/utils/db/app-db';
import { undoRemoveRep, type RepRemoval } from '@/utils/db/rep-removal';
import { SectionHeading } from '../SectionHeading';

/** Where a deleted rep's page was: what went, and an undo for as long as the page stays open. */
export function DeletedRep({ removal, onRestored }: { removal: RepRemoval; onRestored: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { rep, counts } = removal;

  async function undo() {
    setBusy(true);
    try {
      await undoRemoveRep(getDb(), removal);
      onRestored();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rep-heading" className="dashboard-section">
      <SectionHeading id="rep-heading">{rep.name}</SectionHeading>
      <p role="status">
        {i18n.t('options.rep.remove.deleted', {
          name: rep.name,
          observations: String(counts.observations),
          plans: String(counts.plans),
          results: String(counts.results),
        })}
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void undo()}>
          {i18n.t('options.rep.remove.undo')}
        </button>
        <a href="#overview">{i18n.t('options.rep.backToOverview')}</a>
      </div>
      <p className="form-error">{error}</p>
    </section>
  );
}
