import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import type { Crm } from '@/utils/schemas/common';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';

/** Adds a rep, optionally linked to their CRM user; used by the welcome and the overview. */
export function AddRepForm({ defaultCrm = 'salesforce' }: { defaultCrm?: Crm }) {
  const [name, setName] = useState('');
  const [crm, setCrm] = useState<Crm>(defaultCrm);
  const [userId, setUserId] = useState('');
  const form = useSaveForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.save(async () => {
      const rep = await addRep(getDb(), {
        name,
        crmLinks: userId.trim() ? [{ crm, userId: userId.trim() }] : [],
      });
      return i18n.t('options.reps.saved', { name: rep.name });
    });
    if (saved) {
      setName('');
      setUserId('');
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
      <Field label={i18n.t('options.reps.name')} error={form.errors.fields.name}>
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </Field>
      <div className="field-row">
        <Field label={i18n.t('options.common.crm')}>
          <CrmSelect value={crm} onChange={setCrm} />
        </Field>
        <Field label={i18n.t('options.reps.userId')} error={form.errors.fields.crmLinks}>
          <input value={userId} onChange={(event) => setUserId(event.target.value)} />
        </Field>
      </div>
      <button type="submit">{i18n.t('options.reps.add')}</button>
      <FormStatus form={form} />
    </form>
  );
}
