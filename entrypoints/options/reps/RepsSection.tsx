import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { getDb } from '@/utils/db/app-db';
import { addRep, listReps } from '@/utils/db/reps';
import { crmIds, type Crm } from '@/utils/schemas/common';
import { crmLabels } from '@/utils/crm/labels';

export function RepsSection() {
  const reps = useLiveQuery(() => listReps(getDb()), []);
  const [name, setName] = useState('');
  const [crm, setCrm] = useState<Crm>('salesforce');
  const [userId, setUserId] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const ids = { name: useId(), crm: useId(), userId: useId() };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      const rep = await addRep(getDb(), {
        name,
        crmLinks: userId.trim() ? [{ crm, userId: userId.trim() }] : [],
      });
      setMessage({ kind: 'ok', text: i18n.t('options.reps.saved', { name: rep.name }) });
      setName('');
      setUserId('');
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="reps-heading" className="dashboard-section" id="reps">
      <h2 id="reps-heading">{i18n.t('options.reps.heading')}</h2>
      {reps?.length === 0 && <p>{i18n.t('options.reps.empty')}</p>}
      {reps && reps.length > 0 && (
        <ul className="row-list">
          {reps.map((rep) => (
            <li key={rep.id}>{rep.name}</li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
        <label htmlFor={ids.name}>{i18n.t('options.reps.name')}</label>
        <input id={ids.name} value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        <label htmlFor={ids.crm}>{i18n.t('options.accounts.crm')}</label>
        <select id={ids.crm} value={crm} onChange={(event) => setCrm(event.target.value as Crm)}>
          {crmIds.map((id) => (
            <option key={id} value={id}>
              {crmLabels[id]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.userId}>{i18n.t('options.reps.userId')}</label>
        <input id={ids.userId} value={userId} onChange={(event) => setUserId(event.target.value)} />
        <button type="submit">{i18n.t('options.reps.add')}</button>
        <p role="status" className={message?.kind === 'error' ? 'form-error' : 'form-ok'}>
          {message?.text}
        </p>
      </form>
    </section>
  );
}
