import { useState } from 'react';
import { i18n } from '#i18n';
import { tPlural } from '@/utils/i18n/plural';
import { LineChart } from '@/components/charts/LineChart';
import { Field } from '@/components/dashboard/Field';
import type { SkillRow } from '@/utils/insights/rep-insight';
import type { SkillTrendSeries } from '@/utils/insights/skill-trend';
import { formatScore } from '@/utils/format/numbers';

const levelTicks = [1, 2, 3, 4];

/** The skill shown first: the first focus skill (current, then suggested) with ratings, else the one with most. */
export function defaultTrendSkill(series: readonly SkillTrendSeries[], focusSkillIds: readonly string[]): string {
  const focus = focusSkillIds.find((id) => series.some((entry) => entry.skillId === id && entry.ratingsInWindow > 0));
  if (focus) return focus;
  const busiest = [...series].sort((a, b) => b.ratingsInWindow - a.ratingsInWindow)[0];
  return busiest?.skillId ?? '';
}

export interface SkillTrendProps {
  repName: string;
  series: readonly SkillTrendSeries[];
  /** The skill rows, for each skill's star benchmark. */
  skills: readonly SkillRow[];
  focusSkillIds: readonly string[];
  /** For the method note: days until a rating counts half. */
  halfLifeDays: number;
}

/** One skill at a time (a native select picks it): the monthly score line against the star benchmark. */
export function SkillTrend({ repName, series, skills, focusSkillIds, halfLifeDays }: SkillTrendProps) {
  const [picked, setPicked] = useState(() => defaultTrendSkill(series, focusSkillIds));
  const current = series.find((entry) => entry.skillId === picked) ?? series[0];
  if (!current) return null;
  const benchmark = skills.find((row) => row.skillId === current.skillId)?.benchmark.value;
  const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
  const monthLabel = (month: string) => {
    const [year, monthNumber] = month.split('-').map(Number);
    return monthFormat.format(new Date(year!, monthNumber! - 1, 1));
  };
  const hasScore = current.points.some((point) => point.score !== null);

  return (
    <div className="skill-trend">
      <Field label={i18n.t('options.rep.trendSkill')}>
        <select value={current.skillId} onChange={(event) => setPicked(event.target.value)}>
          {series.map((entry) => (
            <option key={entry.skillId} value={entry.skillId}>
              {entry.ratingsInWindow > 0
                ? tPlural('options.rep.trendOption', entry.ratingsInWindow, { skill: entry.skillName })
                : entry.skillName}
            </option>
          ))}
        </select>
      </Field>
      {hasScore ? (
        <LineChart
          title={i18n.t('options.rep.trendTitle', { name: repName, skill: current.skillName })}
          summary={i18n.t('options.rep.trendSummary', { months: String(current.points.length) })}
          categories={current.points.map((point) => ({ id: point.month, label: monthLabel(point.month) }))}
          series={[
            {
              id: 'score',
              label: i18n.t('options.rep.trendScore'),
              values: current.points.map((p) => p.score),
              style: 'line',
              // Months without ratings: no point, a dotted bridge, "no ratings" in the table.
              bridgeGaps: true,
              missingLabel: i18n.t('options.rep.trendNoRatings'),
            },
            {
              id: 'monthMean',
              label: i18n.t('options.rep.trendMonthMean'),
              values: current.points.map((p) => p.monthMean),
              style: 'points',
            },
          ]}
          yDomain={[1, 4]}
          yTicks={levelTicks}
          reference={benchmark === undefined ? undefined : { value: benchmark, label: i18n.t('options.rep.benchmark') }}
          format={(value) => formatScore(value)}
          emptyLabel={i18n.t('options.charts.notObserved')}
          tableToggleLabel={i18n.t('options.charts.showTable')}
          categoryHeading={i18n.t('options.rep.trendMonth')}
        />
      ) : (
        <p className="empty-state trend-empty">{i18n.t('options.rep.trendEmpty', { skill: current.skillName })}</p>
      )}
      <details className="method">
        <summary>{i18n.t('options.rep.trendMethod')}</summary>
        <p>{i18n.t('options.rep.trendMethodText', { days: String(halfLifeDays) })}</p>
      </details>
    </div>
  );
}
