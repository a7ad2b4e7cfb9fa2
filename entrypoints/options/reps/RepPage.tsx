import { useState } from 'react';
import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { BarChart } from '@/components/charts/BarChart';
import { tierChartGroup } from '@/components/charts/tier-style';
import { Field } from '@/components/dashboard/Field';
import { getDb } from '@/utils/db/app-db';
import { setPlanActionDone, updatePlan } from '@/utils/db/plans';
import type { RepRemoval } from '@/utils/db/rep-removal';
import { updateRep } from '@/utils/db/reps';
import { tierReasonText } from '@/utils/format/small-team';
import { repInsightFrom } from '@/utils/insights/rep-insight';
import { skillTrendSeries } from '@/utils/insights/skill-trend';
import { techniquesFor } from '@/utils/insights/star-techniques';
import { tiers, type Tier } from '@/utils/schemas/rep';
import type { PlanStatus } from '@/utils/schemas/plan';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { tierLabel } from '../labels';
import { formatDate, formatDaysAgo } from '@/utils/format/dates';
import { formatDuration, formatPercent, formatScore } from '@/utils/format/numbers';
import { CrmLinkForm } from './CrmLinkForm';
import { DeleteRep } from './DeleteRep';
import { DeletedRep } from './DeletedRep';
import { ObservationHistory } from './ObservationHistory';
import { PlanForm } from './PlanForm';
import { PrintablePlan } from './PrintablePlan';
import { RepProfileForm } from './RepProfileForm';
import { SkillTable } from './SkillTable';
import { TechniqueActions } from './TechniqueActions';
import { SkillTrend } from './SkillTrend';

export function RepPage({ data, repId }: { data: Dashboard; repId: string }) {
  const { team } = data;
  const insight = repInsightFrom(team, repId);
  const rep = team.repsById.get(repId);
  const [planFor, setPlanFor] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [removal, setRemoval] = useState<RepRemoval | null>(null);

  if ((!insight || !rep) && removal) return <DeletedRep removal={removal} onRestored={() => setRemoval(null)} />;
  if (!insight || !rep) {
    return (
      <section aria-labelledby="rep-heading" className="dashboard-section">
        <SectionHeading id="rep-heading">{i18n.t('options.rep.notFound')}</SectionHeading>
        <p>
          <a href="#overview">{i18n.t('options.rep.backToOverview')}</a>
        </p>
      </section>
    );
  }

  const allPlans = (team.plansByRep.get(repId) ?? []).filter((plan) => plan.status !== 'active');
  const gapForm = insight.focus.suggested.find((gap) => gap.skillId === planFor);

  return (
    <section aria-labelledby="rep-heading" className="dashboard-section rep-page">
      <p className="screen-only">
        <a href="#overview">{i18n.t('options.rep.backToOverview')}</a>
      </p>
      <SectionHeading id="rep-heading">{insight.rep.name}</SectionHeading>
      <div className="screen-only">
        {!rep.active && (
          <p className="callout">
            <span className="badge">{i18n.t('options.rep.inactiveBadge')}</span> {i18n.t('options.rep.inactiveHint')}
          </p>
        )}
        <dl className="profile">
          <dt>{i18n.t('options.rep.tier')}</dt>
          <dd>
            <span className={`badge badge-${insight.tier.tier}`}>{tierLabel(insight.tier.tier)}</span>{' '}
            <span className="muted">
              {tierReasonText(insight.tier, data.input.reps.filter((entry) => entry.active).length)}
            </span>
          </dd>
          <dt>{i18n.t('options.rep.latestResult')}</dt>
          <dd>
            {insight.attainment
              ? i18n.t('options.rep.resultValue', {
                  value: formatPercent(insight.attainment.pct),
                  from: insight.tier.quarters[0],
                  to: insight.tier.quarters[1],
                })
              : i18n.t('options.rep.noResult', { from: insight.tier.quarters[0], to: insight.tier.quarters[1] })}
          </dd>
          <dt>{i18n.t('options.rep.lastObserved')}</dt>
          <dd className={insight.cadence.overdue ? 'overdue' : undefined}>
            {insight.cadence.justAdded
              ? i18n.t('options.overview.justAdded')
              : insight.cadence.daysSince === null
                ? i18n.t('options.overview.never')
                : formatDaysAgo(insight.cadence.daysSince)}
            {insight.cadence.overdue && <> · {i18n.t('options.overview.overdue')}</>}
          </dd>
          <dt>{i18n.t('options.rep.coachingThisMonth')}</dt>
          <dd>
            {i18n.t('options.overview.ofTarget', {
              value: formatDuration(insight.coachingTime.minutes),
              target: formatDuration(insight.coachingTime.targetMinutes),
            })}
          </dd>
        </dl>
        <Field label={i18n.t('options.rep.setTier')}>
          <select
            value={rep.tierSource === 'manual' && rep.tier !== 'unset' ? rep.tier : 'results'}
            onChange={(event) => {
              const value = event.target.value;
              const patch =
                value === 'results'
                  ? { tier: 'unset', tierSource: 'results' }
                  : { tier: value as Tier, tierSource: 'manual' };
              void updateRep(getDb(), rep.id, patch).then(() => setStatus(i18n.t('options.rep.tierSaved')));
            }}
          >
            <option value="results">{i18n.t('options.rep.tierFromResults')}</option>
            {tiers
              .filter((tier) => tier !== 'unset')
              .map((tier) => (
                <option key={tier} value={tier}>
                  {tierLabel(tier)}
                </option>
              ))}
          </select>
        </Field>

        <h3>{i18n.t('options.rep.skillsHeading')}</h3>
        {insight.skills.every((row) => row.score === null) ? (
          <p className="empty-state">{i18n.t('options.rep.noRatings')}</p>
        ) : (
          <BarChart
            title={i18n.t('options.rep.chartTitle', { name: insight.rep.name })}
            summary={i18n.t('options.rep.chartSummary')}
            series={[
              { id: 'rep', label: insight.rep.name },
              { id: 'benchmark', label: i18n.t('options.rep.benchmark'), group: tierChartGroup.star },
            ]}
            categories={insight.skills.map((row) => ({
              id: row.skillId,
              label: row.skillName,
              values: [row.score, row.benchmark.value],
              note: [
                tPlural('options.rep.evidence', row.evidence),
                row.stale
                  ? i18n.t('options.rep.stale')
                  : row.lowEvidence && row.score !== null
                    ? i18n.t('options.rep.lowEvidence')
                    : null,
                row.trend
                  ? i18n.t('options.rep.trend', {
                      delta: `${row.trend.delta >= 0 ? '+' : ''}${formatScore(row.trend.delta)}`,
                    })
                  : null,
              ]
                .filter(Boolean)
                .join(', '),
            }))}
            max={4}
            format={(value) => formatScore(value)}
            emptyLabel={i18n.t('options.charts.notObserved')}
            tableToggleLabel={i18n.t('options.charts.showTable')}
            categoryHeading={i18n.t('options.stars.skill')}
          />
        )}
        {insight.usesDefaultBenchmark && <p className="muted">{i18n.t('options.rep.defaultBenchmark')}</p>}
        {insight.skills.some((row) => row.score !== null) && (
          <>
            <h4>{i18n.t('options.rep.relativeHeading')}</h4>
            <p className="muted">{i18n.t('options.rep.relativeIntro', { name: insight.rep.name })}</p>
            <SkillTable repName={insight.rep.name} skills={insight.skills} />
            <details className="method">
              <summary>{i18n.t('panel.rep.method')}</summary>
              <p>{i18n.t('panel.rep.methodText')}</p>
            </details>
          </>
        )}

        <h3>{i18n.t('options.rep.trendHeading')}</h3>
        <SkillTrend
          repName={insight.rep.name}
          series={skillTrendSeries(
            repId,
            team.observationsByRep.get(repId) ?? [],
            insight.skills,
            team.now,
            team.settings.halfLifeDays,
          )}
          skills={insight.skills}
          halfLifeDays={team.settings.halfLifeDays}
          focusSkillIds={[
            ...insight.focus.current.map((focus) => focus.skillId),
            ...insight.focus.suggested.map((gap) => gap.skillId),
          ]}
        />

        <h3>{i18n.t('options.rep.planHeading')}</h3>
        <p role="status" className="form-ok">
          {status}
        </p>
        {insight.focus.current.length > 0 && (
          <p className="focus-line">
            {i18n.t('options.rep.planFocus', {
              skills: insight.focus.current.map((focus) => focus.skillName).join(', '),
            })}
          </p>
        )}
        {insight.focus.suggested.length > 0 && (
          <div className="callout">
            <h4>{i18n.t('options.rep.suggestedHeading')}</h4>
            <ul className="suggestion-list">
              {insight.focus.suggested.map((gap) => (
                <li key={gap.skillId}>
                  <p>
                    <strong>{gap.skillName}</strong>:{' '}
                    {i18n.t('options.rep.gapLine', {
                      score: formatScore(gap.score),
                      benchmark: formatScore(gap.benchmark),
                    })}
                  </p>
                  <p className="muted">{i18n.t('options.plan.whatGood', { behaviour: gap.whatGoodLooksLike })}</p>
                  {planFor !== gap.skillId && (
                    <button type="button" onClick={() => setPlanFor(gap.skillId)}>
                      {i18n.t('options.rep.createPlan', { skill: gap.skillName })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {gapForm && (
              <PlanForm
                repId={repId}
                gap={gapForm}
                techniques={techniquesFor(team.techniques, gapForm.skillId, repId)}
                now={team.now}
                onDone={(message) => {
                  setPlanFor(null);
                  setStatus(message);
                }}
                onCancel={() => setPlanFor(null)}
              />
            )}
          </div>
        )}
        {insight.plans.length === 0 ? (
          <p className="empty-state">
            {insight.focus.suggested.length > 0 ? i18n.t('options.rep.noPlanYet') : i18n.t('options.rep.noPlanNoGap')}
          </p>
        ) : (
          <ul className="plan-list">
            {insight.plans.map((plan) => (
              <li key={plan.id} className="plan">
                <h4>
                  {i18n.t('options.rep.planLine', {
                    skill: plan.skillName,
                    from: String(plan.fromLevel),
                    to: String(plan.targetLevel),
                  })}
                </h4>
                <p className="muted">{i18n.t('options.plan.whatGood', { behaviour: plan.targetBehaviour })}</p>
                {plan.actions.length > 0 && (
                  <ul className="action-list">
                    {plan.actions.map((action, index) => (
                      <li key={index}>
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            checked={action.done}
                            onChange={(event) => void setPlanActionDone(getDb(), plan.id, index, event.target.checked)}
                          />
                          {action.text}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
                <TechniqueActions
                  techniques={techniquesFor(team.techniques, plan.skillId, repId)}
                  actions={plan.actions.map((action) => action.text)}
                  onAdd={(action) =>
                    void updatePlan(getDb(), plan.id, {
                      actions: [...plan.actions, { text: action, done: false }],
                    }).then(() => setStatus(i18n.t('options.plan.techniqueAdded', { action })))
                  }
                />
                {plan.support && (
                  <p>
                    <strong>{i18n.t('options.plan.support')}:</strong> {plan.support}
                  </p>
                )}
                <p className={plan.reviewOverdue ? 'overdue' : undefined}>
                  {i18n.t('options.rep.reviewOn', { date: formatDate(plan.reviewAt) })}
                </p>
                <Field label={i18n.t('options.rep.planStatus')}>
                  <select
                    value="active"
                    onChange={(event) =>
                      void updatePlan(getDb(), plan.id, { status: event.target.value as PlanStatus }).then(() =>
                        setStatus(i18n.t('options.rep.planStatusSaved')),
                      )
                    }
                  >
                    <option value="active">{i18n.t('options.rep.status.active')}</option>
                    <option value="achieved">{i18n.t('options.rep.status.achieved')}</option>
                    <option value="dropped">{i18n.t('options.rep.status.dropped')}</option>
                  </select>
                </Field>
              </li>
            ))}
          </ul>
        )}
        {allPlans.length > 0 && (
          <details>
            <summary>{i18n.t('options.rep.pastPlans', { count: String(allPlans.length) })}</summary>
            <ul className="compact-list">
              {allPlans.map((plan) => (
                <li key={plan.id}>
                  {team.skillsById.get(plan.skillId)?.name ?? '—'} ·{' '}
                  {i18n.t(plan.status === 'achieved' ? 'options.rep.status.achieved' : 'options.rep.status.dropped')} ·{' '}
                  {formatDate(plan.reviewAt)}
                </li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {i18n.t('options.rep.print')}
        </button>

        <h3>{i18n.t('options.rep.observationsHeading')}</h3>
        <ObservationHistory team={team} observations={team.observationsByRep.get(repId) ?? []} />

        {/* Managing the rep's record comes after the coaching, which is what the page is visited for. */}
        <h3>{i18n.t('options.rep.profileHeading')}</h3>
        <RepProfileForm rep={rep} />

        <h3>{i18n.t('options.rep.crmLinks')}</h3>
        <CrmLinkForm rep={rep} />
        <DeleteRep rep={rep} input={data.input} onDeleted={setRemoval} />
      </div>
      <PrintablePlan insight={insight} observations={team.observationsByRep.get(repId) ?? []} team={team} />
    </section>
  );
}
