import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { CrmSelect } from '@/components/dashboard/CrmSelect';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { linkRepToCrm, unlinkRepFromCrm } from '@/utils/db/reps';
import { crmLabels } from '@/utils/crm/labels';
import type { Crm } from '@/utils/schemas/common';
import type { Rep } from '@/utils/schemas/rep';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';

/** The rep's CRM user links: the panel recognises their CRM page through these. */
export function CrmLinkForm({ rep }: { rep: Rep }) {
  const [crm, setCrm] = useState<Crm>(rep.crmLinks[0]?.crm ?? 'salesforce');
  const [userId, setUserId] = useState('');
  const form = useSaveForm();
  const errors = form.errors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.save(async () => {
      await linkRepToCrm(getDb(), rep.id, { crm, userId: userId.trim() });
      return i18n.t('options.rep.linkSaved');
    });
    if (saved) setUserId('');
  }

  return (
    <div>
      {rep.crmLinks.length === 0 ? (
        <p className="muted">{i18n.t('options.rep.noCrmLinks')}</p>
      ) : (
        <ul className="compact-list">
          {rep.crmLinks.map((link) => (
            <li key={`${link.crm}:${link.userId}`}>
              {crmLabels[link.crm]} · {link.userId}{' '}
              <button
                type="button"
                className="button-secondary"
                aria-label={`${i18n.t('options.rep.unlink')} ${crmLabels[link.crm]} ${link.userId}`}
                onClick={() => void unlinkRepFromCrm(getDb(), rep.id, link.crm, link.userId)}
              >
                {i18n.t('options.rep.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="field-row crm-link-form" onSubmit={(event) => void onSubmit(event)}>
        <Field label={i18n.t('options.common.crm')}>
          <CrmSelect value={crm} onChange={setCrm} />
        </Field>
        <Field label={i18n.t('options.rep.crmUserId')} error={errors.fields.userId ?? errors.fields.crmLinks}>
          <input value={userId} onChange={(event) => setUserId(event.target.value)} required />
        </Field>
        <div className="button-row">
          <button type="submit">{i18n.t('options.rep.link')}</button>
        </div>
      </form>
      <FormStatus form={form} />
    </div>
  );
}
