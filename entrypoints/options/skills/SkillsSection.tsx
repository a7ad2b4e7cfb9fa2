import { useState } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { addSkill, updateSkill } from '@/utils/db/skills';
import { levelNames } from '@/utils/defaults/default-skills';
import type { Skill } from '@/utils/schemas/skill';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formErrorsOf, type FormErrors } from '@/utils/dashboard/field-errors';
import { moveSkill, restoreDefaultFramework } from './restore-defaults';

type Levels = [string, string, string, string];

function SkillFields({
  name,
  description,
  levels,
  errors,
  onChange,
}: {
  name: string;
  description: string;
  levels: Levels;
  errors: FormErrors;
  onChange: (next: { name: string; description: string; levels: Levels }) => void;
}) {
  return (
    <>
      <Field label={i18n.t('options.skills.name')} error={errors.fields.name}>
        <input
          value={name}
          onChange={(event) => onChange({ name: event.target.value, description, levels })}
          required
          maxLength={200}
        />
      </Field>
      <Field label={i18n.t('options.skills.description')} error={errors.fields.description}>
        <input value={description} onChange={(event) => onChange({ name, description: event.target.value, levels })} />
      </Field>
      {levels.map((anchor, index) => (
        <Field
          key={index}
          label={i18n.t('options.skills.anchor', { level: String(index + 1), name: levelNames[index] ?? '' })}
          error={index === 0 ? errors.fields.levels : undefined}
        >
          <textarea
            rows={2}
            value={anchor}
            required
            onChange={(event) => {
              const next = [...levels] as Levels;
              next[index] = event.target.value;
              onChange({ name, description, levels: next });
            }}
          />
        </Field>
      ))}
    </>
  );
}

function SkillCard({
  skill,
  first,
  last,
  onStatus,
}: {
  skill: Skill;
  first: boolean;
  last: boolean;
  onStatus: (text: string) => void;
}) {
  const [draft, setDraft] = useState({
    name: skill.name,
    description: skill.description,
    levels: [...skill.levels] as Levels,
  });
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [open, setOpen] = useState(false);
  const headingId = `skill-${skill.id}`;
  const archiveLabel = skill.archived ? i18n.t('options.skills.unarchive') : i18n.t('options.skills.archive');
  return (
    <li className={`skill-card${skill.archived ? ' archived' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {skill.name}
        {skill.archived && <span className="badge"> {i18n.t('options.skills.archivedBadge')}</span>}
      </h3>
      <p className="muted">{skill.description}</p>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          aria-expanded={open}
          aria-label={`${i18n.t('options.skills.edit')} ${skill.name}`}
          onClick={() => setOpen(!open)}
        >
          {i18n.t('options.skills.edit')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={first}
          aria-label={`${i18n.t('options.skills.moveUp')} ${skill.name}`}
          onClick={() => void moveSkill(getDb(), skill.id, -1)}
        >
          {i18n.t('options.skills.moveUp')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={last}
          aria-label={`${i18n.t('options.skills.moveDown')} ${skill.name}`}
          onClick={() => void moveSkill(getDb(), skill.id, 1)}
        >
          {i18n.t('options.skills.moveDown')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label={`${archiveLabel} ${skill.name}`}
          onClick={() =>
            void updateSkill(getDb(), skill.id, { archived: !skill.archived }).then(() =>
              onStatus(
                i18n.t(skill.archived ? 'options.skills.restored' : 'options.skills.archived', { name: skill.name }),
              ),
            )
          }
        >
          {archiveLabel}
        </button>
      </div>
      {open && (
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            void updateSkill(getDb(), skill.id, draft)
              .then((saved) => {
                setErrors({ fields: {} });
                setOpen(false);
                onStatus(i18n.t('options.skills.saved', { name: saved.name }));
              })
              .catch((error: unknown) => setErrors(formErrorsOf(error)));
          }}
        >
          <SkillFields {...draft} errors={errors} onChange={setDraft} />
          {errors.form && <p className="form-error">{errors.form}</p>}
          <button type="submit">{i18n.t('options.common.save')}</button>
        </form>
      )}
    </li>
  );
}

const emptyLevels: Levels = ['', '', '', ''];

export function SkillsSection({ data }: { data: Dashboard }) {
  const skills = data.input.skills;
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState({ name: '', description: '', levels: emptyLevels });
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [confirming, setConfirming] = useState(false);

  return (
    <section aria-labelledby="skills-heading" className="dashboard-section">
      <SectionHeading id="skills-heading">{i18n.t('options.skills.heading')}</SectionHeading>
      <p>{i18n.t('options.skills.intro')}</p>
      <p role="status" className="form-ok">
        {status}
      </p>
      {skills.length === 0 ? (
        <p className="empty-state">{i18n.t('options.skills.empty')}</p>
      ) : (
        <ol className="skill-list">
          {skills.map((skill, index) => (
            <SkillCard
              key={`${skill.id}:${skill.name}:${skill.levels.join('|')}`}
              skill={skill}
              first={index === 0}
              last={index === skills.length - 1}
              onStatus={setStatus}
            />
          ))}
        </ol>
      )}
      <details className="add-details">
        <summary>{i18n.t('options.skills.addHeading')}</summary>
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            void addSkill(getDb(), draft)
              .then((saved) => {
                setErrors({ fields: {} });
                setDraft({ name: '', description: '', levels: emptyLevels });
                setStatus(i18n.t('options.skills.added', { name: saved.name }));
              })
              .catch((error: unknown) => setErrors(formErrorsOf(error)));
          }}
        >
          <SkillFields {...draft} errors={errors} onChange={setDraft} />
          {errors.form && <p className="form-error">{errors.form}</p>}
          <button type="submit">{i18n.t('options.skills.add')}</button>
        </form>
      </details>
      <h3>{i18n.t('options.skills.defaultsHeading')}</h3>
      <p>{i18n.t('options.skills.defaultsExplain')}</p>
      {confirming ? (
        <div className="button-row">
          <button
            type="button"
            className="button-danger"
            onClick={() =>
              void restoreDefaultFramework(getDb()).then((result) => {
                setConfirming(false);
                setStatus(
                  i18n.t('options.skills.defaultsRestored', {
                    archived: String(result.archived),
                    added: String(result.added),
                  }),
                );
              })
            }
          >
            {i18n.t('options.skills.defaultsConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {i18n.t('options.common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {i18n.t('options.skills.defaultsRestore')}
        </button>
      )}
    </section>
  );
}
