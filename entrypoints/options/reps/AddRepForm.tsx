import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import { crmLabels } from '@/utils/crm/labels';
import { crmUserIdFrom } from '@/utils/crm/user-link';
import { getDb } from '@/utils/db/app-db';
import { addRep, listReps } from '@/utils/db/reps';
import { namesakes, repDetail } from '@/utils/records/rep-names';
import type { Crm } from '@/utils/schemas/common';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';

export interface AddRepFormProps {
  /** The manager's CRM, when known (the welcome asks first): no CRM to choose per rep then. */
  crm?: Crm | null;
}

/** Adds a rep with their email and CRM user; used by the welcome and the overview. */
export function AddRepForm({ crm: managerCrm }: AddRepFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [chosenCrm, setChosenCrm] = useState<Crm>('salesforce');
  const [userLink, setUserLink] = useState('');
  const [linkError, setLinkError] = useState<string>();
  const reps = useLiveQuery(() => listReps(getDb(), { includeInactive: true }), []);
  const form = useSaveForm();
  const crm = managerCrm ?? chosenCrm;
  const namesake = namesakes(reps ?? [], name)[0];
  const namesakeDetail = namesake && repDetail(namesake);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const userId = crmUserIdFrom(crm, userLink);
    if (userId === null) {
      setLinkError(i18n.t('options.reps.notUserPage', { crm: crmLabels[crm] }));
      return;
    }
    setLinkError(undefined);
    const saved = await form.save(async () => {
      const rep = await addRep(getDb(), {
        name,
        email: email.trim() || undefined,
        crmLinks: userId ? [{ crm, userId }] : [],
      });
      return i18n.t('options.reps.saved', { name: rep.name });
    });
    if (saved) {
      setName('');
      setEmail('');
      setUserLink('');
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stacked-form">
      <div className="field-row">
        <Field
          label={i18n.t('options.reps.name')}
          error={form.errors.fields.name}
          hint={
            namesake &&
            (namesakeDetail
              ? i18n.t('options.reps.namesakeWith', { name: namesake.name, detail: namesakeDetail })
              : i18n.t('options.reps.namesake', { name: namesake.name }))
          }
        >
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        </Field>
        <Field label={i18n.t('options.rep.email')} error={form.errors.fields.email}>
          <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} maxLength={200} />
        </Field>
      </div>
      <div className="field-row">
        {!managerCrm && (
          <Field label={i18n.t('options.common.crm')}>
            <CrmSelect value={chosenCrm} onChange={setChosenCrm} />
          </Field>
        )}
        <Field
          label={i18n.t('options.reps.userLink')}
          hint={i18n.t(`options.reps.userLinkHint.${crm}`)}
          error={linkError ?? form.errors.fields.crmLinks}
        >
          <input value={userLink} onChange={(event) => setUserLink(event.target.value)} maxLength={500} />
        </Field>
      </div>
      <button type="submit">{i18n.t('options.reps.add')}</button>
      <FormStatus form={form} />
    </form>
  );
}
