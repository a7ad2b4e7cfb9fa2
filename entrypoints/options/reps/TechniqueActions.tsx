import { i18n } from '#i18n';
import { techniqueActionParts, type StarTechnique } from '@/utils/insights/star-techniques';

/** The plan action a star technique becomes: "Pair with Maya on Discovery: …". */
export function techniqueAction(technique: StarTechnique): string {
  return i18n.t('options.plan.techniqueAction', techniqueActionParts(technique));
}

/**
 * Star techniques for the plan's skill, each offered as a plan action ("Pair with Maya on …").
 * One already in the plan says so instead of offering it twice.
 */
export function TechniqueActions({
  techniques,
  actions,
  onAdd,
}: {
  techniques: readonly StarTechnique[];
  /** The plan's current action texts. */
  actions: readonly string[];
  onAdd: (action: string) => void;
}) {
  if (techniques.length === 0) return null;
  return (
    <div className="technique-actions">
      <h5>{i18n.t('options.plan.techniqueActions')}</h5>
      <p className="muted">{i18n.t('options.plan.techniqueHint')}</p>
      <ul className="compact-list">
        {techniques.map((technique) => {
          const action = techniqueAction(technique);
          return (
            <li key={`${technique.observationId}-${technique.skillId}`}>
              {actions.includes(action) ? (
                <>
                  {action} <span className="muted">({i18n.t('options.plan.techniqueAlready')})</span>
                </>
              ) : (
                <button type="button" className="button-secondary" onClick={() => onAdd(action)}>
                  {i18n.t('options.plan.addTechnique', { action })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
