import { useState } from 'react';
import { i18n } from '#i18n';
import { ScatterChart, type ScatterPoint } from '@/components/charts/ScatterChart';
import { SortableTable, type SortableColumn } from '@/components/dashboard/SortableTable';
import { cadenceOf } from '@/utils/insights/cadence';
import { repFocus } from '@/utils/insights/rep-insight';
import { isCurrent, scoreOf } from '@/utils/insights/skill-scores';
import { tierChartGroup } from '@/components/charts/tier-style';
import { Explained } from '@/components/dashboard/Explained';
import type { Tier } from '@/utils/schemas/rep';
import { SectionHeading } from '../SectionHeading';
import { AddRepForm } from '../reps/AddRepForm';
import type { Dashboard } from '@/hooks/use-dashboard';
import { tierLabel } from '../labels';
import { formatDaysAgo } from '@/utils/format/dates';
import { formatDuration, formatPercent, formatScore } from '@/utils/format/numbers';
import { hrefOf } from '@/utils/dashboard/route';

export interface OverviewRow {
  id: string;
  name: string;
  active: boolean;
  tier: Tier;
  daysSince: number | null;
  overdue: boolean;
  /** Added this cadence period and not yet observed: nothing is behind yet. */
  justAdded: boolean;
  coachingMinutes: number;
  attainment: number | null;
  meanScore: number | null;
  /** Skills of active plans: the focus. */
  focus: string[];
  /** Suggested focus, only for a rep without an active plan; never shown as focus. */
  suggested: string[];
  activePlans: number;
  reviewsDue: number;
}

const tierOrder: Record<Tier, number> = { star: 0, core: 1, developing: 2, unset: 3 };

/** One row per active rep, from the team insights; inactive reps too when asked (never overdue: not coached now). */
export function overviewRows({ team, input }: Dashboard, includeInactive = false): OverviewRow[] {
  const inactive = includeInactive
    ? input.reps
        .filter((rep) => !rep.active)
        .map((rep) => ({
          ...cadenceOf(rep.id, team.lastObserved.get(rep.id) ?? null, team.now, team.settings.cadenceTargetDays),
          overdue: false,
        }))
    : [];
  return [...team.cadence, ...inactive].map((cadence) => {
    const rep = team.repsById.get(cadence.repId)!;
    // Current scores only, as everywhere a score is compared: a skill not rated in 4 months is left out.
    const scores = team.skills
      .map((skill) => scoreOf(team.scores, rep.id, skill.id))
      .filter(isCurrent)
      .map((score) => score.score);
    const focus = repFocus(team, rep.id);
    const plans = (team.plansByRep.get(rep.id) ?? []).filter((plan) => plan.status === 'active');
    return {
      id: rep.id,
      name: rep.name,
      active: rep.active,
      tier: team.tiers.get(rep.id)?.tier ?? 'unset',
      daysSince: cadence.daysSince,
      overdue: cadence.overdue,
      justAdded: cadence.justAdded,
      coachingMinutes: team.coachingMinutes.get(rep.id) ?? 0,
      attainment: team.attainment.get(rep.id) ?? null,
      meanScore: scores.length > 0 ? scores.reduce((sum, value) => sum + value, 0) / scores.length : null,
      focus: focus.current.map((entry) => entry.skillName),
      suggested: focus.suggested.map((entry) => entry.skillName),
      activePlans: plans.length,
      reviewsDue: plans.filter((plan) => plan.reviewAt <= team.now).length,
    };
  });
}

export function OverviewSection({ data }: { data: Dashboard }) {
  const { team } = data;
  const [showInactive, setShowInactive] = useState(false);
  const inactiveCount = data.input.reps.filter((rep) => !rep.active).length;
  const rows = overviewRows(data, showInactive);
  const activeRows = rows.filter((row) => row.active);
  const target = team.settings.coachingMinutesTarget;
  const [from, to] = team.attainmentQuarters;
  const columns: SortableColumn<OverviewRow>[] = [
    {
      id: 'name',
      label: i18n.t('options.overview.columns.rep'),
      render: (row) => (
        <>
          <a href={hrefOf({ name: 'rep', id: row.id })}>{row.name}</a>
          {!row.active && (
            <>
              {' '}
              <span className="badge">{i18n.t('options.rep.inactiveBadge')}</span>
            </>
          )}
        </>
      ),
      sortValue: (row) => row.name,
    },
    {
      id: 'tier',
      label: i18n.t('options.overview.columns.tier'),
      render: (row) => <span className={`badge badge-${row.tier}`}>{tierLabel(row.tier)}</span>,
      sortValue: (row) => tierOrder[row.tier],
    },
    {
      id: 'lastObserved',
      label: i18n.t('options.overview.columns.lastObserved'),
      render: (row) => (
        <span className={row.overdue ? 'overdue' : undefined}>
          {row.justAdded
            ? i18n.t('options.overview.justAdded')
            : row.daysSince === null
              ? i18n.t('options.overview.never')
              : formatDaysAgo(row.daysSince)}
          {row.overdue && <> · {i18n.t('options.overview.overdue')}</>}
        </span>
      ),
      sortValue: (row) => row.daysSince ?? Number.MAX_SAFE_INTEGER,
    },
    {
      id: 'coaching',
      label: i18n.t('options.overview.columns.coaching'),
      render: (row) => (
        <span className={row.justAdded ? undefined : row.coachingMinutes < target ? 'below-target' : 'met-target'}>
          {i18n.t('options.overview.ofTarget', {
            value: formatDuration(row.coachingMinutes),
            target: formatDuration(target),
          })}
        </span>
      ),
      sortValue: (row) => row.coachingMinutes,
    },
    {
      id: 'attainment',
      label: i18n.t('options.overview.columns.attainment', { from, to }),
      render: (row) => (row.attainment === null ? '—' : formatPercent(row.attainment)),
      sortValue: (row) => row.attainment,
    },
    {
      id: 'focus',
      label: i18n.t('options.overview.columns.focus'),
      render: (row) =>
        row.focus.length > 0 ? (
          row.focus.join(', ')
        ) : row.suggested.length > 0 ? (
          <span className="muted">
            {i18n.t('options.overview.focusSuggested', { skills: row.suggested.join(', ') })}
          </span>
        ) : (
          '—'
        ),
    },
    {
      id: 'plan',
      label: i18n.t('options.overview.columns.plan'),
      render: (row) =>
        row.activePlans === 0
          ? i18n.t('options.overview.noPlan')
          : row.reviewsDue > 0
            ? i18n.t('options.overview.planReviewDue', { count: String(row.activePlans) })
            : i18n.t('options.overview.planActive', { count: String(row.activePlans) }),
      sortValue: (row) => row.activePlans,
    },
  ];

  const points: ScatterPoint[] = activeRows
    .filter((row) => row.meanScore !== null && row.attainment !== null)
    .map((row) => ({
      id: row.id,
      label: row.name,
      x: row.meanScore!,
      y: row.attainment!,
      group: tierChartGroup[row.tier],
    }));
  const maxAttainment = Math.max(150, ...points.map((point) => Math.ceil(point.y / 50) * 50));
  const yTicks = Array.from({ length: maxAttainment / 50 + 1 }, (_, index) => index * 50);
  // Zoom the score axis to the team's range (in half levels) so a cluster of core reps spreads out.
  const xs = points.map((point) => point.x);
  const xDomain: [number, number] = [
    Math.max(1, Math.floor((Math.min(...xs) - 0.25) * 2) / 2),
    Math.min(4, Math.ceil((Math.max(...xs) + 0.25) * 2) / 2),
  ];
  const overdue = activeRows.filter((row) => row.overdue).length;

  return (
    <section aria-labelledby="overview-heading" className="dashboard-section">
      <SectionHeading id="overview-heading">{i18n.t('options.overview.heading')}</SectionHeading>
      {inactiveCount > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
          {i18n.t('options.overview.showInactive', { count: String(inactiveCount) })}
        </label>
      )}
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{i18n.t(inactiveCount > 0 ? 'options.overview.emptyAllInactive' : 'options.overview.empty')}</p>
          <p>
            <a href="#welcome">{i18n.t('options.overview.emptyWelcome')}</a>
          </p>
        </div>
      ) : (
        <>
          <ul className="stat-list">
            <li>{i18n.t('options.overview.statReps', { count: String(activeRows.length) })}</li>
            <li className={overdue > 0 ? 'overdue' : undefined}>
              {i18n.t('options.overview.statOverdue', {
                count: String(overdue),
                days: String(team.settings.cadenceTargetDays),
              })}
            </li>
            {team.managerTime.share !== null && (
              <li className={team.managerTime.belowTarget ? 'below-target' : undefined}>
                <Explained
                  how={i18n.t('options.overview.statCoachingShareHow', {
                    minutes: formatDuration(team.managerTime.coachingMinutes),
                    total: formatDuration(team.managerTime.totalMinutes),
                  })}
                >
                  {i18n.t('options.overview.statCoachingShare', {
                    value: formatPercent(team.managerTime.share * 100),
                    target: formatPercent(team.managerTime.target * 100),
                  })}
                </Explained>{' '}
                <a href="#time">{i18n.t('options.overview.statCoachingShareLink')}</a>
              </li>
            )}
          </ul>
          <p className="muted">{i18n.t('options.overview.coachingHow', { target: formatDuration(target) })}</p>
          <SortableTable
            caption={i18n.t('options.overview.tableCaption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            initialSort={{ column: 'lastObserved', direction: 'descending' }}
          />
          <h3>{i18n.t('options.overview.chartHeading')}</h3>
          {points.length === 0 ? (
            <p className="empty-state">{i18n.t('options.overview.chartEmpty')}</p>
          ) : (
            <ScatterChart
              title={i18n.t('options.overview.chartTitle')}
              summary={i18n.t('options.overview.chartSummary', { from, to })}
              points={points}
              xLabel={i18n.t('options.overview.chartX')}
              yLabel={i18n.t('options.overview.chartY')}
              xDomain={xDomain}
              yDomain={[0, maxAttainment]}
              yTicks={yTicks}
              formatX={(value) => formatScore(value)}
              formatY={(value) => formatPercent(value)}
              yReference={{ value: 100, label: i18n.t('options.overview.quota') }}
              tableToggleLabel={i18n.t('options.charts.showTable')}
              pointHeading={i18n.t('options.overview.columns.rep')}
              crowdedNote={(hidden) => i18n.t('options.overview.chartCrowded', { count: String(hidden) })}
              groups={(['star', 'core', 'developing', 'unset'] as const).map((tier) => ({
                group: tierChartGroup[tier],
                label: tierLabel(tier),
              }))}
            />
          )}
        </>
      )}
      <details className="add-details">
        <summary>{i18n.t('options.overview.addRep')}</summary>
        <AddRepForm />
      </details>
    </section>
  );
}
