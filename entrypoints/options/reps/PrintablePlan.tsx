import { i18n } from '#i18n';
import type { RepInsight } from '@/utils/insights/rep-insight';
import type { TeamInsights } from '@/utils/insights/team-insights';
import { observationView } from '@/utils/insights/observation-view';
import type { Observation } from '@/utils/schemas/observation';
import { formatDate } from '@/utils/format/dates';

/**
 * The page a manager hands to the rep: the development plan and only the observations marked as
 * shared. Hidden on screen; the print stylesheet shows it alone.
 */
export function PrintablePlan({
  insight,
  observations,
  team,
}: {
  insight: RepInsight;
  observations: readonly Observation[];
  team: TeamInsights;
}) {
  const shared = observations.filter((obs) => obs.sharedWithRep).sort((a, b) => b.observedAt - a.observedAt);
  return (
    <div className="print-only" data-testid="printable-plan">
      <h3>{i18n.t('options.print.heading', { name: insight.rep.name })}</h3>
      <p>{i18n.t('options.print.date', { date: formatDate(team.now) })}</p>
      <h4>{i18n.t('options.rep.planHeading')}</h4>
      {insight.plans.length === 0 ? (
        <p>{i18n.t('options.print.noPlan')}</p>
      ) : (
        insight.plans.map((plan) => (
          <div key={plan.id}>
            <p>
              <strong>
                {i18n.t('options.rep.planLine', {
                  skill: plan.skillName,
                  from: String(plan.fromLevel),
                  to: String(plan.targetLevel),
                })}
              </strong>
            </p>
            <p>{i18n.t('options.plan.whatGood', { behaviour: plan.targetBehaviour })}</p>
            <ul>
              {plan.actions.map((action, index) => (
                <li key={index}>
                  {action.done ? '☑' : '☐'} {action.text}
                </li>
              ))}
            </ul>
            {plan.support && <p>{i18n.t('options.print.support', { support: plan.support })}</p>}
            <p>{i18n.t('options.rep.reviewOn', { date: formatDate(plan.reviewAt) })}</p>
          </div>
        ))
      )}
      <h4>{i18n.t('options.print.sharedHeading')}</h4>
      {shared.length === 0 ? (
        <p>{i18n.t('options.print.noShared')}</p>
      ) : (
        shared.map((obs) => {
          const view = observationView(obs, team);
          return (
            <div key={obs.id}>
              <p>
                <strong>{formatDate(obs.observedAt)}</strong>
                {view.ratings.length > 0 && (
                  <> · {view.ratings.map((r) => `${r.skillName}: ${r.levelName}`).join(', ')}</>
                )}
              </p>
              {[obs.saw, obs.keep, obs.start, obs.stop]
                .filter((text) => text.trim() !== '')
                .map((text, index) => (
                  <p key={index}>{text}</p>
                ))}
            </div>
          );
        })
      )}
    </div>
  );
}
