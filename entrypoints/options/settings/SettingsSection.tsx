import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { defaultInsightSettings, type InsightSettings } from '@/utils/insights/settings';
import { insightSettingsSchema, saveInsightSettings, themes, type Theme } from '@/utils/settings';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { useStored } from '@/hooks/use-stored';
import { themeItem } from '@/utils/storage/items';

/** The form shows shares as whole percents and coaching time in minutes. */
interface Draft {
  cadenceTargetDays: string;
  coachingMinutesTarget: string;
  coachingSharePct: string;
  halfLifeDays: string;
}

function toDraft(settings: InsightSettings): Draft {
  return {
    cadenceTargetDays: String(settings.cadenceTargetDays),
    coachingMinutesTarget: String(settings.coachingMinutesTarget),
    coachingSharePct: String(Math.round(settings.coachingShareTarget * 100)),
    halfLifeDays: String(settings.halfLifeDays),
  };
}

const themeLabel: Record<Theme, () => string> = {
  system: () => i18n.t('options.settings.themeSystem'),
  light: () => i18n.t('options.settings.themeLight'),
  dark: () => i18n.t('options.settings.themeDark'),
};

export function SettingsSection({ data }: { data: Dashboard }) {
  const current = data.team.settings;
  const theme = useStored(themeItem);
  const [draft, setDraft] = useState(() => toDraft(current));
  const [errors, setErrors] = useState<Partial<Record<keyof InsightSettings, string>>>({});
  const [status, setStatus] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const candidate: InsightSettings = {
      cadenceTargetDays: Number(draft.cadenceTargetDays),
      coachingMinutesTarget: Number(draft.coachingMinutesTarget),
      coachingShareTarget: Number(draft.coachingSharePct) / 100,
      halfLifeDays: Number(draft.halfLifeDays),
    };
    const parsed = insightSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues)
        next[issue.path[0] as keyof InsightSettings] = i18n.t('options.settings.outOfRange');
      setErrors(next);
      setStatus('');
      return;
    }
    await saveInsightSettings(parsed.data);
    setErrors({});
    setStatus(i18n.t('options.settings.saved'));
  }

  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  return (
    <section aria-labelledby="settings-heading" className="dashboard-section">
      <SectionHeading id="settings-heading">{i18n.t('options.settings.heading')}</SectionHeading>
      <form className="stacked-form settings-form" onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={i18n.t('options.settings.cadence')}
          hint={i18n.t('options.settings.cadenceHint')}
          error={errors.cadenceTargetDays}
        >
          <input type="number" value={draft.cadenceTargetDays} onChange={set('cadenceTargetDays')} />
        </Field>
        <Field
          label={i18n.t('options.settings.coachingMinutes')}
          hint={i18n.t('options.settings.coachingMinutesHint')}
          error={errors.coachingMinutesTarget}
        >
          <input type="number" step={15} value={draft.coachingMinutesTarget} onChange={set('coachingMinutesTarget')} />
        </Field>
        <Field
          label={i18n.t('options.settings.coachingShare')}
          hint={i18n.t('options.settings.coachingShareHint')}
          error={errors.coachingShareTarget}
        >
          <input type="number" value={draft.coachingSharePct} onChange={set('coachingSharePct')} />
        </Field>
        <Field
          label={i18n.t('options.settings.halfLife')}
          hint={i18n.t('options.settings.halfLifeHint')}
          error={errors.halfLifeDays}
        >
          <input type="number" value={draft.halfLifeDays} onChange={set('halfLifeDays')} />
        </Field>
        <div className="button-row">
          <button type="submit">{i18n.t('options.common.save')}</button>
          <button type="button" className="button-secondary" onClick={() => setDraft(toDraft(defaultInsightSettings))}>
            {i18n.t('options.settings.defaults')}
          </button>
        </div>
        <p role="status" className="form-ok">
          {status}
        </p>
      </form>
      <fieldset className="radio-group">
        <legend>{i18n.t('options.settings.theme')}</legend>
        {themes.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => void themeItem.setValue(value)}
            />
            {themeLabel[value]()}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
