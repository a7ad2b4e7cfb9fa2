import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import type { Crm } from '@/utils/schemas/common';
import { formErrorsOf, type FormErrors } from '../field-errors';

/** Adds a rep, optionally linked to their CRM user; used by the welcome and the overview. */
export function AddRepForm({ defaultCrm = 'salesforce' }: { defaultCrm?: Crm }) {
  const [name, setName] = useState('');
  const [crm, setCrm] = useState<Crm>(defaultCrm);
  const [userId, setUserId] = useState('');
  const [saved, setSaved] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      const rep = await addRep(getDb(), {
        name,
        crmLinks: userId.trim() ? [{ crm, userId: userId.trim() }] : [],
      });
      setErrors({ fields: {} });
      setSaved(i18n.t('options.reps.saved', { name: rep.name }));
      setName('');
      setUserId('');
    } catch (error) {
      setSaved('');
      setErrors(formErrorsOf(error));
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
      <Field label={i18n.t('options.reps.name')} error={errors.fields.name}>
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </Field>
      <div className="field-row">
        <Field label={i18n.t('options.common.crm')}>
          <CrmSelect value={crm} onChange={setCrm} />
        </Field>
        <Field label={i18n.t('options.reps.userId')} error={errors.fields.crmLinks}>
          <input value={userId} onChange={(event) => setUserId(event.target.value)} />
        </Field>
      </div>
      <button type="submit">{i18n.t('options.reps.add')}</button>
      <p role="status" className={errors.form ? 'form-error' : 'form-ok'}>
        {errors.form ?? saved}
      </p>
    </form>
  );
}
