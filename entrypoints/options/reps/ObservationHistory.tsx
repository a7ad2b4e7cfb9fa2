import { useState } from 'react';
import { i18n } from '#i18n';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { deleteObservation, updateObservation } from '@/utils/db/observations';
import { observationView } from '@/utils/insights/observation-view';
import type { Observation } from '@/utils/schemas/observation';
import type { TeamInsights } from '@/utils/insights/team-insights';
import { contextLabel, noteLabel, type NoteField } from '../labels';
import { formErrorsOf, type FormErrors } from '@/utils/dashboard/field-errors';
import { formatDate } from '@/utils/format/dates';
import { formatDuration } from '@/utils/format/numbers';
import { TechniqueMarker } from './TechniqueMarker';
import { restoreObservation, snapshotObservation, type DeletedObservation } from './restore-observation';

const noteFields: readonly NoteField[] = ['saw', 'keep', 'start', 'stop'];

function ObservationEditor({
  observation,
  onClose,
}: {
  observation: Observation;
  onClose: (message?: string) => void;
}) {
  const [notes, setNotes] = useState<Record<NoteField, string>>({
    saw: observation.saw,
    keep: observation.keep,
    start: observation.start,
    stop: observation.stop,
  });
  const [shared, setShared] = useState(observation.sharedWithRep);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  return (
    <form
      className="stacked-form"
      onSubmit={(event) => {
        event.preventDefault();
        // A note emptied here stops being a star technique: the mark would point at nothing.
        const marks = (observation.starTechniques ?? []).filter((mark) => notes[mark.note].trim() !== '');
        void updateObservation(getDb(), observation.id, {
          ...notes,
          sharedWithRep: shared,
          starTechniques: marks.length > 0 ? marks : null,
        })
          .then(() => onClose(i18n.t('options.observations.saved')))
          .catch((error: unknown) => setErrors(formErrorsOf(error)));
      }}
    >
      {noteFields.map((field) => (
        <Field
          key={field}
          label={noteLabel[field]()}
          error={errors.fields[field] ?? (field === 'saw' ? errors.fields.ratings : undefined)}
        >
          <textarea
            rows={2}
            value={notes[field]}
            onChange={(event) => setNotes({ ...notes, [field]: event.target.value })}
          />
        </Field>
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
        {i18n.t('options.observations.shared')}
      </label>
      {errors.form && <p className="form-error">{errors.form}</p>}
      <div className="button-row">
        <button type="submit">{i18n.t('options.common.save')}</button>
        <button type="button" className="button-secondary" onClick={() => onClose()}>
          {i18n.t('options.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Every observation of a rep, newest first, with a skill filter, a text filter, edit, and delete with undo. */
export function ObservationHistory({
  team,
  observations,
}: {
  team: TeamInsights;
  observations: readonly Observation[];
}) {
  const [skillFilter, setSkillFilter] = useState('');
  const [textFilter, setTextFilter] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedObservation | null>(null);
  const [status, setStatus] = useState('');

  const needle = textFilter.trim().toLocaleLowerCase();
  const shown = [...observations]
    .sort((a, b) => b.observedAt - a.observedAt)
    .filter((obs) => skillFilter === '' || obs.ratings.some((rating) => rating.skillId === skillFilter))
    .filter(
      (obs) =>
        needle === '' ||
        [obs.saw, obs.keep, obs.start, obs.stop].some((text) => text.toLocaleLowerCase().includes(needle)),
    );

  async function remove(id: string) {
    const snapshot = await snapshotObservation(getDb(), id);
    await deleteObservation(getDb(), id);
    setDeleted(snapshot);
    setStatus(i18n.t('options.observations.deleted'));
  }

  async function undo() {
    if (!deleted) return;
    await restoreObservation(getDb(), deleted);
    setDeleted(null);
    setStatus(i18n.t('options.observations.restored'));
  }

  return (
    <div>
      <div className="field-row">
        <Field label={i18n.t('options.observations.filterSkill')}>
          <select value={skillFilter} onChange={(event) => setSkillFilter(event.target.value)}>
            <option value="">{i18n.t('options.observations.allSkills')}</option>
            {team.skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={i18n.t('options.observations.filterText')}>
          <input type="search" value={textFilter} onChange={(event) => setTextFilter(event.target.value)} />
        </Field>
      </div>
      <div role="status" className="status-row">
        {status}
        {deleted && (
          <button type="button" className="button-secondary" onClick={() => void undo()}>
            {i18n.t('options.observations.undo')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="empty-state">
          {observations.length === 0 ? i18n.t('options.observations.empty') : i18n.t('options.observations.noMatch')}
        </p>
      ) : (
        <ul className="observation-list">
          {shown.map((obs) => {
            const view = observationView(obs, team);
            return (
              <li key={obs.id} className="observation">
                <h4>
                  {formatDate(obs.observedAt)} · {contextLabel[obs.context]()}
                  {view.accountName && <> · {view.accountName}</>}
                  {view.durationMin !== null && <> · {formatDuration(view.durationMin)}</>}
                </h4>
                {view.ratings.length > 0 && (
                  <ul className="rating-list">
                    {view.ratings.map((rating) => (
                      <li key={rating.skillId}>
                        {rating.skillName}: {rating.score} · {rating.levelName}
                      </li>
                    ))}
                  </ul>
                )}
                {editing === obs.id ? (
                  <ObservationEditor
                    observation={obs}
                    onClose={(message) => {
                      setEditing(null);
                      if (message) setStatus(message);
                    }}
                  />
                ) : (
                  <>
                    {noteFields
                      .filter((field) => obs[field].trim() !== '')
                      .map((field) => (
                        <div key={field} className="observation-note">
                          <p>
                            <strong>{noteLabel[field]()}:</strong> {obs[field]}
                          </p>
                          <TechniqueMarker
                            observation={obs}
                            field={field}
                            team={team}
                            canMark={team.tiers.get(obs.repId)?.tier === 'star'}
                            onStatus={setStatus}
                          />
                        </div>
                      ))}
                    {obs.sharedWithRep && <p className="muted">{i18n.t('options.observations.sharedBadge')}</p>}
                    <div className="button-row">
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={`${i18n.t('options.observations.edit')} ${formatDate(obs.observedAt)}`}
                        onClick={() => setEditing(obs.id)}
                      >
                        {i18n.t('options.observations.edit')}
                      </button>
                      <button
                        type="button"
                        className="button-danger"
                        aria-label={`${i18n.t('options.observations.delete')} ${formatDate(obs.observedAt)}`}
                        onClick={() => void remove(obs.id)}
                      >
                        {i18n.t('options.observations.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
