import { useId, useState, type KeyboardEvent } from 'react';

export type Level = 1 | 2 | 3 | 4;
const levels: readonly Level[] = [1, 2, 3, 4];

export interface RatedSkill {
  id: string;
  name: string;
  /** The behavioural anchor per level, index 0 = level 1. */
  levels: readonly [string, string, string, string];
}

export interface RatingPickerProps {
  skills: readonly RatedSkill[];
  value: Readonly<Record<string, Level>>;
  onChange(skillId: string, level: Level | null): void;
  /** Level names, index 0 = level 1 ("Not yet" … "Role model"). */
  levelNames: readonly [string, string, string, string];
  notObserved: string;
  notObservedShort: string;
  /** Shown in the anchor box while no level is pointed at or focused. */
  anchorPrompt: string;
  formatAnchor(skill: string, level: Level, levelName: string, anchor: string): string;
  describedBy?: string;
}

interface Pointer {
  skillId: string;
  level: Level;
}

/**
 * One radio group per skill: "not observed" (the default) or a level 1–4. Native radios, so arrow
 * keys move within a skill and Tab moves to the next; the digits 1–4 pick a level and 0 clears it.
 * The anchor of the level under the pointer or focus shows in a box of fixed height below the
 * groups (no layout jumps), and every level's anchor is its radio's accessible description.
 */
export function RatingPicker({
  skills,
  value,
  onChange,
  levelNames,
  notObserved,
  notObservedShort,
  anchorPrompt,
  formatAnchor,
  describedBy,
}: RatingPickerProps) {
  const baseId = useId();
  const [hovered, setHovered] = useState<Pointer | null>(null);
  const [focused, setFocused] = useState<Pointer | null>(null);
  const shown = hovered ?? focused;
  const shownSkill = shown ? skills.find((skill) => skill.id === shown.skillId) : undefined;

  function onGroupKeyDown(skillId: string, event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '0') {
      event.preventDefault();
      onChange(skillId, null);
      document.getElementById(`${baseId}-${skillId}-0`)?.focus();
    } else if (['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      const level = Number(event.key) as Level;
      onChange(skillId, level);
      document.getElementById(`${baseId}-${skillId}-${level}`)?.focus();
    }
  }

  return (
    <div className="cl-ratings">
      {skills.map((skill) => {
        const nameId = `${baseId}-${skill.id}-name`;
        const current = value[skill.id];
        return (
          <div
            key={skill.id}
            role="radiogroup"
            aria-labelledby={nameId}
            aria-describedby={describedBy}
            className="cl-rating-row"
            onKeyDown={(event) => onGroupKeyDown(skill.id, event)}
          >
            <span id={nameId} className="cl-rating-name">
              {skill.name}
            </span>
            <span className="cl-rating-options">
              <label className="cl-rating-option cl-rating-none">
                <input
                  id={`${baseId}-${skill.id}-0`}
                  type="radio"
                  className="visually-hidden"
                  name={`${baseId}-${skill.id}`}
                  checked={current === undefined}
                  onChange={() => onChange(skill.id, null)}
                />
                <span aria-hidden="true">{notObservedShort}</span>
                <span className="visually-hidden">{notObserved}</span>
              </label>
              {levels.map((level) => {
                const anchorId = `${baseId}-${skill.id}-${level}-anchor`;
                const levelName = levelNames[level - 1];
                const pointer = { skillId: skill.id, level };
                return (
                  <label
                    key={level}
                    className="cl-rating-option"
                    onMouseEnter={() => setHovered(pointer)}
                    onMouseLeave={() => setHovered(null)}
                  >
                    <input
                      id={`${baseId}-${skill.id}-${level}`}
                      type="radio"
                      className="visually-hidden"
                      name={`${baseId}-${skill.id}`}
                      value={level}
                      checked={current === level}
                      aria-describedby={anchorId}
                      onChange={() => onChange(skill.id, level)}
                      onFocus={() => setFocused(pointer)}
                      onBlur={() => setFocused(null)}
                    />
                    <span aria-hidden="true">{level}</span>
                    <span className="visually-hidden">{`${level} ${levelName}`}</span>
                  </label>
                );
              })}
            </span>
            {/* Outside the labels, so each anchor describes its radio without becoming part of its name. */}
            <span hidden>
              {levels.map((level) => (
                <span key={level} id={`${baseId}-${skill.id}-${level}-anchor`}>
                  {skill.levels[level - 1]}
                </span>
              ))}
            </span>
          </div>
        );
      })}
      <p className="cl-rating-anchor" aria-hidden="true">
        {shown && shownSkill
          ? formatAnchor(
              shownSkill.name,
              shown.level,
              levelNames[shown.level - 1] ?? '',
              shownSkill.levels[shown.level - 1] ?? '',
            )
          : anchorPrompt}
      </p>
    </div>
  );
}
