import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { getDb } from '@/utils/db/app-db';
import { setStarTechnique } from '@/utils/db/star-techniques';
import type { TeamInsights } from '@/utils/insights/team-insights';
import type { NoteField, Observation } from '@/utils/schemas/observation';
import { noteLabel } from '../labels';

/**
 * Under one note of a star's observation: the skills it is marked as a star technique for, and a
 * way to mark it. The skill offered first is the one the observation rated (the note is most
 * likely about it); every active skill can be chosen.
 */
export function TechniqueMarker({
  observation,
  field,
  team,
  canMark,
  onStatus,
}: {
  observation: Observation;
  field: NoteField;
  team: TeamInsights;
  /** Only a star's notes are offered for marking; existing marks can always be removed. */
  canMark: boolean;
  onStatus: (message: string) => void;
}) {
  const selectId = useId();
  const marks = (observation.starTechniques ?? []).filter((mark) => mark.note === field);
  const rated = observation.ratings.map((rating) => rating.skillId).filter((id) => team.skillsById.has(id));
  const choices = [...rated, ...team.skills.map((skill) => skill.id).filter((id) => !rated.includes(id))].filter(
    (id) => !marks.some((mark) => mark.skillId === id),
  );
  const [skillId, setSkillId] = useState(choices[0] ?? '');
  const chosen = choices.includes(skillId) ? skillId : (choices[0] ?? '');
  const nameOf = (id: string) => team.skillsById.get(id)?.name ?? '';

  async function set(id: string, marked: boolean) {
    await setStarTechnique(getDb(), observation.id, { skillId: id, note: field }, marked);
    onStatus(
      i18n.t(marked ? 'options.observations.techniqueMarked' : 'options.observations.techniqueUnmarked', {
        skill: nameOf(id),
      }),
    );
  }

  if (marks.length === 0 && !canMark) return null;
  return (
    <div className="technique-marker">
      {marks.map((mark) => (
        <p key={mark.skillId} className="technique-badge">
          <span className="badge badge-star">
            {i18n.t('options.observations.techniqueBadge', { skill: nameOf(mark.skillId) })}
          </span>{' '}
          <button type="button" className="button-link" onClick={() => void set(mark.skillId, false)}>
            {i18n.t('options.observations.unmarkTechnique', { skill: nameOf(mark.skillId) })}
          </button>
        </p>
      ))}
      {canMark && choices.length > 0 && (
        <div className="field-row technique-form">
          <label htmlFor={selectId} className="inline-label">
            {i18n.t('options.observations.techniqueSkill')}
          </label>
          <select id={selectId} value={chosen} onChange={(event) => setSkillId(event.target.value)}>
            {choices.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
          <button type="button" className="button-secondary" onClick={() => void set(chosen, true)}>
            {i18n.t('options.observations.markTechnique', { note: noteLabel[field]() })}
          </button>
        </div>
      )}
    </div>
  );
}
