import type { FormEvent } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { getRep, setRepActive, updateRep } from '@/utils/db/reps';
import type { Rep } from '@/utils/schemas/rep';
import { useLiveFields } from '@/hooks/use-live-fields';
import { FormStatus, useSaveForm } from '@/hooks/use-save-form';

/** A blank optional field clears it (`null`), so "no email" is never stored as an invalid "". */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

type ProfileField = 'name' | 'email' | 'team';

function profileOf(rep: Rep): Record<ProfileField, string> {
  return { name: rep.name, email: rep.email ?? '', team: rep.team ?? '' };
}

const fieldLabels = {
  name: 'options.reps.name',
  email: 'options.rep.email',
  team: 'options.rep.team',
} as const satisfies Record<ProfileField, string>;

/**
 * The rep's name, email and team, and whether they are still coached (active). Another dashboard
 * tab may edit the same rep: a save writes only the fields changed here (`use-live-fields.ts`).
 */
export function RepProfileForm({ rep }: { rep: Rep }) {
  const fields = useLiveFields(profileOf(rep));
  const { name, email, team } = fields.values;
  const form = useSaveForm();
  const activeForm = useSaveForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await form.save(async () => {
      const current = await getRep(getDb(), rep.id);
      const conflicts = current ? fields.takeConflicts(profileOf(current)) : [];
      if (current && conflicts.length > 0) {
        throw new Error(
          i18n.t('options.rep.changedElsewhere', {
            fields: conflicts
              .map((field) => `${i18n.t(fieldLabels[field])} (“${profileOf(current)[field]}”)`)
              .join(', '),
          }),
        );
      }
      const edited = fields.edited();
      const patch = Object.fromEntries(
        Object.entries(edited).map(([field, value]) => [field, field === 'name' ? value : optional(value ?? '')]),
      );
      const saved = await updateRep(getDb(), rep.id, patch);
      fields.saved(edited);
      return i18n.t('options.rep.profileSaved', { name: saved.name });
    });
  }

  return (
    <div className="rep-profile">
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={i18n.t('options.reps.name')} error={form.errors.fields.name}>
          <input
            value={name}
            onChange={(event) => fields.set('name', event.target.value)}
            maxLength={200}
            autoComplete="off"
          />
        </Field>
        <div className="field-row">
          <Field label={i18n.t('options.rep.email')} error={form.errors.fields.email}>
            <input
              type="email"
              value={email}
              onChange={(event) => fields.set('email', event.target.value)}
              autoComplete="off"
            />
          </Field>
          <Field label={i18n.t('options.rep.team')} error={form.errors.fields.team}>
            <input
              value={team}
              onChange={(event) => fields.set('team', event.target.value)}
              maxLength={100}
              autoComplete="off"
            />
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
