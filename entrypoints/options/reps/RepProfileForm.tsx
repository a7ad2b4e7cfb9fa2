import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { setRepActive, updateRep } from '@/utils/db/reps';
import type { Rep } from '@/utils/schemas/rep';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';

/** A blank optional field clears it (`null`), so "no email" is never stored as an invalid "". */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** The rep's name, email and team, and whether they are still coached (active). */
export function RepProfileForm({ rep }: { rep: Rep }) {
  const [name, setName] = useState(rep.name);
  const [email, setEmail] = useState(rep.email ?? '');
  const [team, setTeam] = useState(rep.team ?? '');
  const form = useSaveForm();
  const activeForm = useSaveForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await form.save(async () => {
      const saved = await updateRep(getDb(), rep.id, { name, email: optional(email), team: optional(team) });
      return i18n.t('options.rep.profileSaved', { name: saved.name });
    });
  }

  return (
    <div className="rep-profile">
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={i18n.t('options.reps.name')} error={form.errors.fields.name}>
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} autoComplete="off" />
        </Field>
        <div className="field-row">
          <Field label={i18n.t('options.rep.email')} error={form.errors.fields.email}>
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
          </Field>
          <Field label={i18n.t('options.rep.team')} error={form.errors.fields.team}>
            <input value={team} onChange={(event) => setTeam(event.target.value)} maxLength={100} autoComplete="off" />
          </Field>
        </div>
        <button type="submit">{i18n.t('options.rep.saveProfile')}</button>
        <FormStatus form={form} />
      </form>
      <p className="field-hint">{i18n.t(rep.active ? 'options.rep.activeHint' : 'options.rep.inactiveHint')}</p>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          void activeForm.save(async () => {
            const saved = await setRepActive(getDb(), rep.id, !rep.active);
            return i18n.t(saved.active ? 'options.rep.reactivated' : 'options.rep.deactivated', { name: saved.name });
          })
        }
      >
        {i18n.t(rep.active ? 'options.rep.deactivate' : 'options.rep.reactivate')}
      </button>
      <FormStatus form={activeForm} />
    </div>
  );
}
