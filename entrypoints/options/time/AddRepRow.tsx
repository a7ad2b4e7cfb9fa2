import { useState } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import type { Rep } from '@/utils/schemas/rep';
import { activityLabel } from '../labels';
import { repActivities, type RepActivity, type RepRow } from './week-grid';
import { byName, repLabel } from '@/utils/records/rep-names';

/** Picks a rep and an activity for a new row of the week grid: time that counts toward that rep's coaching. */
export function AddRepRow({ reps, onAdd }: { reps: readonly Rep[]; onAdd: (row: RepRow) => void }) {
  const [repId, setRepId] = useState('');
  const [activity, setActivity] = useState<RepActivity>('coaching');
  const [error, setError] = useState<string | undefined>();

  if (reps.length === 0) return <p className="empty-state">{i18n.t('options.time.repNone')}</p>;
  return (
    <div className="field-row add-rep-row">
      <Field label={i18n.t('options.time.repPicker')} error={error}>
        <select
          value={repId}
          onChange={(event) => {
            setRepId(event.target.value);
            setError(undefined);
          }}
        >
          <option value="">{i18n.t('options.time.repChoose')}</option>
          {byName(reps).map((rep) => (
            <option key={rep.id} value={rep.id}>
              {repLabel(rep)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={i18n.t('options.time.activity')}>
        <select value={activity} onChange={(event) => setActivity(event.target.value as RepActivity)}>
          {repActivities.map((value) => (
            <option key={value} value={value}>
              {activityLabel[value]()}
            </option>
          ))}
        </select>
      </Field>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            if (!repId) {
              setError(i18n.t('options.time.repRequired'));
              return;
            }
            onAdd({ repId, activity });
          }}
        >
          {i18n.t('options.time.repAdd')}
        </button>
      </div>
    </div>
  );
}
