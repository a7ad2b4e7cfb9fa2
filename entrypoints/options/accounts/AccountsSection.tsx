import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { addAccount, listAccounts } from '@/utils/db/accounts';
import { getDb } from '@/utils/db/app-db';
import { crmIds, type Crm } from '@/utils/schemas/common';
import type { Importance } from '@/utils/schemas/account';
import { crmLabels } from '@/utils/crm/labels';

export function AccountsSection() {
  const accounts = useLiveQuery(() => listAccounts(getDb()), []);
  const [name, setName] = useState('');
  const [importance, setImportance] = useState<Importance>('key');
  const [crm, setCrm] = useState<Crm>('salesforce');
  const [recordId, setRecordId] = useState('');
  const [notes, setNotes] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const ids = { name: useId(), importance: useId(), crm: useId(), recordId: useId(), notes: useId() };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      const account = await addAccount(getDb(), {
        name,
        importance,
        notes: notes.trim() ? notes : undefined,
        crmLinks: recordId.trim() ? [{ crm, recordId: recordId.trim() }] : [],
      });
      setMessage({ kind: 'ok', text: i18n.t('options.accounts.saved', { name: account.name }) });
      setName('');
      setRecordId('');
      setNotes('');
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="accounts-heading" className="dashboard-section" id="accounts">
      <h2 id="accounts-heading">{i18n.t('options.accounts.heading')}</h2>
      {accounts?.length === 0 && <p>{i18n.t('options.accounts.empty')}</p>}
      {accounts && accounts.length > 0 && (
        <ul className="row-list">
          {accounts.map((account) => (
            <li key={account.id}>
              {account.name} <span className="badge">{account.importance}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
        <label htmlFor={ids.name}>{i18n.t('options.accounts.name')}</label>
        <input id={ids.name} value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        <label htmlFor={ids.importance}>{i18n.t('options.accounts.importance')}</label>
        <select
          id={ids.importance}
          value={importance}
          onChange={(event) => setImportance(event.target.value as Importance)}
        >
          <option value="key">{i18n.t('panel.account.importance.key')}</option>
          <option value="standard">{i18n.t('panel.account.importance.standard')}</option>
        </select>
        <label htmlFor={ids.crm}>{i18n.t('options.accounts.crm')}</label>
        <select id={ids.crm} value={crm} onChange={(event) => setCrm(event.target.value as Crm)}>
          {crmIds.map((id) => (
            <option key={id} value={id}>
              {crmLabels[id]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.recordId}>{i18n.t('options.accounts.recordId')}</label>
        <input id={ids.recordId} value={recordId} onChange={(event) => setRecordId(event.target.value)} />
        <label htmlFor={ids.notes}>{i18n.t('options.accounts.notes')}</label>
        <textarea id={ids.notes} value={notes} onChange={(event) => setNotes(event.target.value)} rows={3} />
        <button type="submit">{i18n.t('options.accounts.add')}</button>
        <p role="status" className={message?.kind === 'error' ? 'form-error' : 'form-ok'}>
          {message?.text}
        </p>
      </form>
    </section>
  );
}
