import { i18n } from '#i18n';
import type { RepInsight } from '@/utils/insights';
import { formatDate } from '@/utils/format/dates';
import { formatDuration, formatPercent, formatScore } from '@/utils/format/numbers';
import { RecentObservations } from './RecentObservations';
import { SkillChart } from './SkillChart';
import type { PanelRequestWithoutId } from '@/hooks/use-panel-port';
import { tierReasonText } from '@/utils/format/small-team';

type Send = (request: PanelRequestWithoutId) => Promise<void>;

/** A linked rep: the ends (tier, latest result) beside the means (skills vs stars), then what to do. */
export function RepView({ insight, send, compact = false }: { insight: RepInsight; send: Send; compact?: boolean }) {
  const { rep, tier, attainment, cadence, coachingTime } = insight;
  const [from, to] = tier.quarters;
  const headingId = `coachlens-rep-${rep.id}`;
  return (
    <section aria-labelledby={headingId} className="panel-section">
      <p className="panel-kicker">{i18n.t('panel.rep.heading')}</p>
      {compact ? (
        <h2 id={headingId} className="panel-record-name">
          {rep.name}
        </h2>
      ) : (
        <h1 id={headingId} className="panel-record-name">
          {rep.name}
        </h1>
      )}
      <p className="rep-ends">
        <span className={`badge badge-${tier.tier}`}>{i18n.t(`panel.rep.tier.${tier.tier}`)}</span>{' '}
        <span className="panel-muted">
          {tier.source === 'manual' && tier.tier !== 'unset' ? i18n.t('panel.rep.tierManual') : tierReasonText(tier)}
        </span>
      </p>
      <p>
        {attainment
          ? i18n.t('panel.rep.latestResult', { pct: formatPercent(attainment.pct), from, to })
          : i18n.t('panel.rep.noResult', { from, to })}
      </p>
      <p className={cadence.overdue ? 'status-warn' : 'status-ok'}>
        {lastObservedText(cadence.daysSince)} ·{' '}
        {cadence.overdue
          ? i18n.t('panel.rep.overdue', { days: cadence.targetDays })
          : i18n.t('panel.rep.onTrack', { days: cadence.targetDays })}
      </p>
      <div className="meter-row">
        <span>
          {i18n.t('panel.rep.coachingTime', {
            minutes: formatDuration(coachingTime.minutes),
            target: formatDuration(coachingTime.targetMinutes),
          })}
        </span>
        <meter
          min={0}
          max={coachingTime.targetMinutes}
          value={Math.min(coachingTime.minutes, coachingTime.targetMinutes)}
        />
      </div>

      <FocusLine insight={insight} />

      {!compact && <SkillChart insight={insight} />}

      <h2 className="panel-subheading">{i18n.t('panel.rep.gapsHeading')}</h2>
      {insight.gaps.length === 0 ? (
        <p className="panel-muted">{i18n.t('panel.rep.gapsEmpty')}</p>
      ) : (
        <ol className="gap-list">
          {insight.gaps.slice(0, compact ? 1 : 2).map((gap) => (
            <li key={gap.skillId}>
              <strong>{gap.skillName}</strong>{' '}
              <span className="panel-muted">
                {i18n.t('panel.rep.gapLine', { score: formatScore(gap.score), benchmark: formatScore(gap.benchmark) })}
                {gap.stale ? ` · ${i18n.t('panel.stale')}` : gap.lowEvidence && ` · ${i18n.t('panel.lowEvidence')}`}
              </span>
              {insight.focus.current.some((focus) => focus.skillId === gap.skillId) ? (
                <span className="badge badge-focus">{i18n.t('panel.rep.focusBadge')}</span>
              ) : (
                insight.focus.suggested.some((focus) => focus.skillId === gap.skillId) && (
                  <span className="badge badge-suggestion">{i18n.t('panel.rep.focusSuggested')}</span>
                )
              )}
              <p className="good-looks-like">
                {i18n.t('panel.rep.whatGoodLooksLike', { level: gap.nextLevel, behaviour: gap.whatGoodLooksLike })}
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2 className="panel-subheading">{i18n.t('panel.rep.plansHeading')}</h2>
      {insight.plans.length === 0 ? (
        <p className="panel-muted">{i18n.t('panel.rep.plansEmpty')}</p>
      ) : (
        insight.plans.map((plan) => (
          <div key={plan.id} className="plan">
            <p>
              <strong>
                {i18n.t('panel.rep.planLine', {
                  skill: plan.skillName,
                  from: plan.fromLevel,
                  target: plan.targetLevel,
                })}
              </strong>
            </p>
            <p className={plan.reviewOverdue ? 'status-warn' : 'panel-muted'}>
              {plan.reviewOverdue
                ? i18n.t('panel.rep.reviewOverdue', { date: formatDate(plan.reviewAt) })
                : i18n.t('panel.rep.reviewBy', { date: formatDate(plan.reviewAt) })}
            </p>
            <ul className="plan-actions">
              {plan.actions.map((action, index) => (
                <li key={`${plan.id}-${index}`}>
                  <label className="checkbox-label">
                    <input
                      type="checkbox"
                      checked={action.done}
                      onChange={(event) =>
                        void send({
                          type: 'setPlanActionDone',
                          planId: plan.id,
                          actionIndex: index,
                          done: event.target.checked,
                        }).catch(() => undefined)
                      }
                    />
                    {action.text}
                  </label>
                </li>
              ))}
            </ul>
            {plan.support && <p className="panel-muted">{i18n.t('panel.rep.support', { support: plan.support })}</p>}
          </div>
        ))
      )}

      {!compact && (
        <>
          <h2 className="panel-subheading">{i18n.t('panel.rep.observationsHeading')}</h2>
          <RecentObservations
            observations={insight.recentObservations}
            emptyText={i18n.t('panel.rep.observationsEmpty', { name: rep.name })}
            show="account"
          />
        </>
      )}
    </section>
  );
}

/**
 * The focus in one line: an active plan's skill, or, without a plan, the suggestions labelled as
 * such. Never both: a suggestion beside a plan would read as a second focus.
 */
function FocusLine({ insight }: { insight: RepInsight }) {
  const { current, suggested } = insight.focus;
  if (current.length > 0) {
    return (
      <p className="focus-line">
        {i18n.t('panel.rep.focusPlan', { skill: current.map((focus) => focus.skillName).join(', ') })}
      </p>
    );
  }
  if (suggested.length === 0) return null;
  return (
    <p className="focus-line">
      {i18n.t('panel.rep.suggestedIntro', { skills: suggested.map((gap) => gap.skillName).join(', ') })}
    </p>
  );
}

function lastObservedText(daysSince: number | null): string {
  if (daysSince === null) return i18n.t('panel.rep.neverObserved');
  if (daysSince === 0) return i18n.t('panel.rep.lastObservedToday');
  if (daysSince === 1) return i18n.t('panel.rep.lastObservedOne');
  return i18n.t('panel.rep.lastObserved', { days: daysSince });
}
