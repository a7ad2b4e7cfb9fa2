import { useState } from 'react';
import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import { getDb } from '@/utils/db/app-db';
import { localDay } from '@/utils/db/guard';
import { addTimeEntry, deleteTimeEntry } from '@/utils/db/time-entries';
import { dayMs } from '@/utils/insights/periods';
import { activities, type Activity, type TimeEntry } from '@/utils/schemas/time-entry';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '../use-dashboard';
import { formErrorsOf } from '../field-errors';
import { formatDuration, formatPercent } from '../format';
import { activityLabel } from '../labels';

/** Monday of the week containing `time`, local noon. */
export function weekStart(time: number): number {
  const date = new Date(time);
  date.setHours(12, 0, 0, 0);
  const offset = (date.getDay() + 6) % 7;
  return date.getTime() - offset * dayMs;
}

/** Entries the grid edits: time not tied to an observation or a rep (those are logged where they happen). */
function isGeneral(entry: TimeEntry): boolean {
  return entry.observationId === undefined && entry.repId === undefined;
}

const cellKey = (day: string, activity: Activity) => `${day}|${activity}`;

export function TimeSection({ data }: { data: Dashboard }) {
  const { input, team } = data;
  const [week, setWeek] = useState(() => weekStart(team.now));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const days = Array.from({ length: 7 }, (_, index) => localDay(week + index * dayMs));
  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

  const general = new Map<string, TimeEntry[]>();
  const withReps = new Map<string, number>();
  for (const entry of input.timeEntries) {
    if (!days.includes(entry.day)) continue;
    const key = cellKey(entry.day, entry.activity);
    if (isGeneral(entry)) general.set(key, [...(general.get(key) ?? []), entry]);
    else withReps.set(key, (withReps.get(key) ?? 0) + entry.minutes);
  }
  const valueOf = (key: string) =>
    drafts[key] ?? String((general.get(key) ?? []).reduce((sum, entry) => sum + entry.minutes, 0) || '');

  async function save() {
    try {
      for (const [key, raw] of Object.entries(drafts)) {
        const [day, activity] = key.split('|') as [string, Activity];
        for (const entry of general.get(key) ?? []) await deleteTimeEntry(getDb(), entry.id);
        const minutes = raw.trim() === '' ? 0 : Number(raw);
        if (minutes > 0) await addTimeEntry(getDb(), { day, activity, minutes });
      }
      setDrafts({});
      setStatus(i18n.t('options.time.saved'));
    } catch (error) {
      setStatus(formErrorsOf(error).form ?? '');
    }
  }

  const split = team.managerTime;
  const core = team.coreCoaching;

  return (
    <section aria-labelledby="time-heading" className="dashboard-section">
      <SectionHeading id="time-heading">{i18n.t('options.time.heading')}</SectionHeading>
      <p>{i18n.t('options.time.intro')}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => setWeek(week - 7 * dayMs)}>
          {i18n.t('options.time.previousWeek')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setWeek(weekStart(team.now))}>
          {i18n.t('options.time.thisWeek')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setWeek(week + 7 * dayMs)}>
          {i18n.t('options.time.nextWeek')}
        </button>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="table-scroll">
          <table className="data-table time-grid">
            <caption>
              {i18n.t('options.time.gridCaption', {
                from: dayFormat.format(week),
                to: dayFormat.format(week + 6 * dayMs),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('options.time.activity')}</th>
                {days.map((day, index) => (
                  <th key={day} scope="col">
                    {dayFormat.format(week + index * dayMs)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activities.map((activity) => (
                <tr key={activity}>
                  <th scope="row">{activityLabel[activity]()}</th>
                  {days.map((day, index) => {
                    const key = cellKey(day, activity);
                    const extra = withReps.get(key);
                    return (
                      <td key={day}>
                        <input
                          type="number"
                          min={0}
                          max={1440}
                          step={5}
                          className="number-input"
                          aria-label={i18n.t('options.time.cellLabel', {
                            activity: activityLabel[activity](),
                            day: dayFormat.format(week + index * dayMs),
                          })}
                          value={valueOf(key)}
                          onChange={(event) => setDrafts({ ...drafts, [key]: event.target.value })}
                        />
                        {extra !== undefined && (
                          <span className="cell-note">
                            {i18n.t('options.time.withReps', { value: formatDuration(extra) })}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="field-hint">{i18n.t('options.time.gridHint')}</p>
        <button type="submit" disabled={Object.keys(drafts).length === 0}>
          {i18n.t('options.time.save')}
        </button>
        <p role="status" className="form-ok">
          {status}
        </p>
      </form>

      <h3>
        {i18n.t('options.time.monthHeading', {
          month: new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(team.now),
        })}
      </h3>
      {split.totalMinutes === 0 ? (
        <p className="empty-state">{i18n.t('options.time.monthEmpty')}</p>
      ) : (
        <>
          <p className={split.belowTarget ? 'below-target' : 'met-target'}>
            {i18n.t('options.time.shareLine', {
              value: formatPercent((split.share ?? 0) * 100),
              target: formatPercent(split.target * 100),
              minutes: formatDuration(split.coachingMinutes),
              total: formatDuration(split.totalMinutes),
            })}
          </p>
          <p className="muted">{i18n.t('options.time.shareSource')}</p>
          <BarChart
            title={i18n.t('options.time.chartTitle')}
            summary={i18n.t('options.time.chartSummary')}
            series={[{ id: 'minutes', label: i18n.t('options.time.minutesSeries') }]}
            categories={activities.map((activity) => ({
              id: activity,
              label: activityLabel[activity](),
              values: [split.minutesByActivity[activity]],
              note: formatPercent((split.minutesByActivity[activity] / split.totalMinutes) * 100),
            }))}
            max={Math.max(60, ...activities.map((activity) => split.minutesByActivity[activity]))}
            format={(value) => formatDuration(value)}
            emptyLabel="—"
            tableToggleLabel={i18n.t('options.charts.showTable')}
            categoryHeading={i18n.t('options.time.activity')}
          />
        </>
      )}
      <h3>{i18n.t('options.time.coreHeading')}</h3>
      {core.share === null ? (
        <p className="empty-state">{i18n.t('options.time.coreEmpty')}</p>
      ) : (
        <p className={core.flagged ? 'below-target' : 'met-target'}>
          {i18n.t(core.flagged ? 'options.time.coreFlagged' : 'options.time.coreOk', {
            value: formatPercent(core.share * 100),
            target: formatPercent(core.target * 100),
          })}
        </p>
      )}
      <p className="muted">{i18n.t('options.time.coreSource')}</p>
    </section>
  );
}
