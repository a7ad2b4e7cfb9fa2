import { i18n } from '#i18n';

export interface SetUpTeamProps {
  /** Opens the dashboard's welcome, where the team is added. */
  onSetUp: () => void;
  /** Shows the log form all the same: a first rep can be created while logging. */
  onLogAnyway: () => void;
}

/** What a popup with no reps yet offers instead of an empty log form. */
export function SetUpTeam({ onSetUp, onLogAnyway }: SetUpTeamProps) {
  return (
    <section className="popup-set-up" aria-labelledby="popup-set-up-heading">
      <h2 id="popup-set-up-heading">{i18n.t('popup.setUp.heading')}</h2>
      <p>{i18n.t('popup.setUp.explain')}</p>
      <div className="popup-set-up-actions">
        <button type="button" onClick={onSetUp}>
          {i18n.t('popup.setUp.action')}
        </button>
        <button type="button" className="link-button" onClick={onLogAnyway}>
          {i18n.t('popup.setUp.logAnyway')}
        </button>
      </div>
    </section>
  );
}
