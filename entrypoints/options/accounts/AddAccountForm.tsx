import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import { addAccount } from '@/utils/db/accounts';
import { getDb } from '@/utils/db/app-db';
import type { Importance } from '@/utils/schemas/account';
import type { Crm } from '@/utils/schemas/common';
import type { Rep } from '@/utils/schemas/rep';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';
import { byName, repLabel } from '@/utils/records/rep-names';

export function AddAccountForm({ reps }: { reps: readonly Rep[] }) {
  const [name, setName] = useState('');
  const [importance, setImportance] = useState<Importance>('key');
  const [owner, setOwner] = useState('');
  const [crm, setCrm] = useState<Crm>('salesforce');
  const [recordId, setRecordId] = useState('');
  const [notes, setNotes] = useState('');
  const form = useSaveForm();
  const errors = form.errors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.save(async () => {
      const account = await addAccount(getDb(), {
        name,
        importance,
        ownerRepId: owner || undefined,
        notes: notes.trim() ? notes : undefined,
        crmLinks: recordId.trim() ? [{ crm, recordId: recordId.trim() }] : [],
      });
      return i18n.t('options.accounts.saved', { name: account.name });
    });
    if (saved) {
      setName('');
      setRecordId('');
      setNotes('');
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
      <Field label={i18n.t('options.accounts.name')} error={errors.fields.name}>
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </Field>
      <div className="field-row">
        <Field label={i18n.t('options.accounts.importance')}>
          <select value={importance} onChange={(event) => setImportance(event.target.value as Importance)}>
            <option value="key">{i18n.t('panel.account.importance.key')}</option>
            <option value="standard">{i18n.t('panel.account.importance.standard')}</option>
          </select>
        </Field>
        <Field label={i18n.t('options.accounts.owner')} error={errors.fields.ownerRepId}>
          <select value={owner} onChange={(event) => setOwner(event.target.value)}>
            <option value="">{i18n.t('options.accounts.noOwner')}</option>
            {byName(reps).map((rep) => (
              <option key={rep.id} value={rep.id}>
                {repLabel(rep)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label={i18n.t('options.common.crm')}>
          <CrmSelect value={crm} onChange={setCrm} />
        </Field>
        <Field label={i18n.t('options.accounts.recordId')} error={errors.fields.crmLinks}>
          <input value={recordId} onChange={(event) => setRecordId(event.target.value)} />
        </Field>
      </div>
      <Field label={i18n.t('options.accounts.notes')} error={errors.fields.notes}>
        <textarea value={notes} onChange={(event) => setNotes(event.target.value)} rows={3} />
      </Field>
      <button type="submit">{i18n.t('options.accounts.add')}</button>
      <FormStatus form={form} />
    </form>
  );
}
