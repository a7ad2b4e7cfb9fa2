import { useState } from 'react';
import { i18n } from '#i18n';
import { getDb } from '@/utils/db/app-db';
import { installDefaultSkills } from '@/utils/db/skills';
import { crmLabels } from '@/utils/crm/labels';
import { crmIds, type Crm } from '@/utils/schemas/common';
import { defaultSkills } from '@/utils/defaults/default-skills';
import { loadSampleTeam, removeSampleTeam } from '@/utils/sample/load';
import { byName, repLabel } from '@/utils/records/rep-names';
import { SectionHeading } from '../SectionHeading';
import { AddRepForm } from '../reps/AddRepForm';
import type { Dashboard } from '@/hooks/use-dashboard';
import { useStored } from '@/hooks/use-stored';
import { sampleTeamItem, welcomeItem } from '@/utils/storage/items';

/** The framework's skills with what each one looks for, so the manager sees what CoachLens will rate. */
function FrameworkList({ skills }: { skills: readonly { name: string; description: string }[] }) {
  return (
    <dl className="framework-list">
      {skills.map((skill) => (
        <div key={skill.name}>
          <dt>{skill.name}</dt>
          <dd>{skill.description}</dd>
        </div>
      ))}
    </dl>
  );
}

/** First run: the CRM, then the reps, the framework and results, in under two minutes; or a sample team to try. */
export function WelcomeSection({ data }: { data: Dashboard }) {
  const welcome = useStored(welcomeItem);
  const sample = useStored(sampleTeamItem);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const reps = byName(data.input.reps.filter((rep) => rep.active));
  const skills = data.input.skills.filter((skill) => !skill.archived);
  const crm = welcome?.crm ?? null;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="welcome-heading" className="dashboard-section">
      <SectionHeading id="welcome-heading">{i18n.t('options.welcome.heading')}</SectionHeading>
      <p>{i18n.t('options.welcome.intro')}</p>

      <div className="callout">
        <h3>{i18n.t('options.welcome.sample.heading')}</h3>
        <p>{i18n.t('options.welcome.sample.explain')}</p>
        {sample ? (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const removed = await removeSampleTeam(getDb());
                return i18n.t('options.welcome.sample.removed', { reps: String(removed.reps) });
              })
            }
          >
            {i18n.t('options.welcome.sample.remove')}
          </button>
        ) : (
          <button
            type="button"
            disabled={busy || sample === undefined}
            onClick={() =>
              void run(async () => {
                const record = await loadSampleTeam(getDb(), Date.now());
                return i18n.t('options.welcome.sample.loaded', { reps: String(record.ids.reps.length) });
              })
            }
          >
            {i18n.t('options.welcome.sample.load')}
          </button>
        )}
        <p role="status" className="form-ok">
          {status}
        </p>
      </div>

      <ol className="steps">
        <li>
          <fieldset className="radio-group">
            <legend>
              <h3>{i18n.t('options.welcome.crm.heading')}</h3>
            </legend>
            {crmIds.map((id) => (
              <label key={id} className="radio">
                <input
                  type="radio"
                  name="welcome-crm"
                  value={id}
                  checked={crm === id}
                  onChange={() => void welcomeItem.setValue({ completed: welcome?.completed ?? false, crm: id as Crm })}
                />
                {crmLabels[id]}
              </label>
            ))}
          </fieldset>
          <p className="field-hint">{i18n.t('options.welcome.crm.permission')}</p>
        </li>
        <li>
          <h3>{i18n.t('options.welcome.reps.heading')}</h3>
          {reps.length === 0 ? (
            <p>{i18n.t('options.welcome.reps.none')}</p>
          ) : (
            <p>{i18n.t('options.welcome.reps.some', { names: reps.map(repLabel).join(', ') })}</p>
          )}
          {crm === null && <p className="field-hint">{i18n.t('options.welcome.crm.later')}</p>}
          <AddRepForm crm={crm} />
        </li>
        <li>
          <h3>{i18n.t('options.welcome.framework.heading')}</h3>
          {skills.length > 0 ? (
            <>
              <p>{i18n.t('options.welcome.framework.installed', { count: String(skills.length) })}</p>
              <FrameworkList skills={skills} />
              <p>
                <a href="#skills">{i18n.t('options.welcome.framework.edit')}</a>
              </p>
            </>
          ) : (
            <>
              <p>{i18n.t('options.welcome.framework.explain')}</p>
              <FrameworkList skills={defaultSkills} />
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await installDefaultSkills(getDb());
                    return i18n.t('options.welcome.framework.accepted');
                  })
                }
              >
                {i18n.t('options.welcome.framework.accept')}
              </button>
            </>
          )}
        </li>
        <li>
          <h3>{i18n.t('options.welcome.results.heading')}</h3>
          <p>
            {i18n.t('options.welcome.results.explain')} <a href="#results">{i18n.t('options.welcome.results.link')}</a>
          </p>
        </li>
      </ol>
      <button
        type="button"
        onClick={() =>
          void welcomeItem.setValue({ completed: true, crm }).then(() => {
            window.location.hash = '#overview';
          })
        }
      >
        {i18n.t('options.welcome.finish')}
      </button>
    </section>
  );
}
