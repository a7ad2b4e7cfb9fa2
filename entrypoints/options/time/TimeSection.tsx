import { useState } from 'react';
import { i18n } from '#i18n';
import { Explained } from '@/components/dashboard/Explained';
import { BarChart } from '@/components/charts/BarChart';
import { getDb } from '@/utils/db/app-db';
import { localDay } from '@/utils/db/guard';
import { addTimeEntry, deleteTimeEntry } from '@/utils/db/time-entries';
import { dayMs } from '@/utils/insights/periods';
import { activities } from '@/utils/schemas/time-entry';
import { SectionHeading } from '../SectionHeading';
import type { Dashboard } from '@/hooks/use-dashboard';
import { formErrorsOf } from '@/utils/dashboard/field-errors';
import { formatDuration, formatPercent } from '@/utils/format/numbers';
import { activityLabel } from '../labels';
import { AddRepRow } from './AddRepRow';
import { cellKey, parseCellKey, repActivities, rowKey, weekGrid, type Cell, type RepRow } from './week-grid';

/** A cell's minutes: blank is 0; null unless whole minutes from 0 to 1,440. */
export function minutesOf(raw: string): number | null {
  if (raw.trim() === '') return 0;
  const minutes = Number(raw);
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440 ? minutes : null;
}

/** Monday of the week containing `time`, local noon. */
export function weekStart(time: number): number {
  const date = new Date(time);
  date.setHours(12, 0, 0, 0);
  const offset = (date.getDay() + 6) % 7;
  return date.getTime() - offset * dayMs;
}

export function TimeSection({ data }: { data: Dashboard }) {
  const { input, team } = data;
  const [week, setWeek] = useState(() => weekStart(team.now));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [addedRows, setAddedRows] = useState<RepRow[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const days = Array.from({ length: 7 }, (_, index) => localDay(week + index * dayMs));
  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  const dayLabels = days.map((_, index) => dayFormat.format(week + index * dayMs));

  const grid = weekGrid(input.timeEntries, days);
  const repName = (repId: string) => team.repsById.get(repId)?.name ?? '—';
  const repRows = [...new Map([...grid.repRows, ...addedRows].map((row) => [rowKey(row), row])).values()].sort(
    (a, b) =>
      repName(a.repId).localeCompare(repName(b.repId)) ||
      repActivities.indexOf(a.activity) - repActivities.indexOf(b.activity),
  );
  const valueOf = (key: string) =>
    drafts[key] ?? String((grid.editable.get(key) ?? []).reduce((sum, entry) => sum + entry.minutes, 0) || '');

  function changeWeek(start: number) {
    setWeek(start);
    setAddedRows([]);
  }

  async function save() {
    // Every cell is checked before anything is written, so one typo never half-saves the week.
    const wrong = Object.keys(drafts).filter((key) => minutesOf(drafts[key]!) === null);
    setInvalid(new Set(wrong));
    if (wrong.length > 0) {
      setError(i18n.t('options.time.invalidCells', { count: String(wrong.length) }));
      setStatus('');
      return;
    }
    try {
      // Drafts may span weeks (the manager can page away before saving): look up every drafted day.
      const drafted = weekGrid(
        input.timeEntries,
        Object.keys(drafts).map((key) => parseCellKey(key).day),
      );
      // One transaction: the week is saved whole or not at all, and live views never see a cell
      // between its old entries going and its new one arriving.
      const db = getDb();
      await db.transaction('rw', db.timeEntries, db.reps, async () => {
        for (const [key, raw] of Object.entries(drafts)) {
          const minutes = minutesOf(raw)!;
          if (minutes > 0) await addTimeEntry(db, { ...parseCellKey(key), minutes });
          for (const entry of drafted.editable.get(key) ?? []) await deleteTimeEntry(db, entry.id);
        }
      });
      setDrafts({});
      setError('');
      setStatus(i18n.t('options.time.saved'));
    } catch (error) {
      setStatus('');
      setError(formErrorsOf(error).form ?? String(error));
    }
  }

  const dayCells = (cell: Omit<Cell, 'day'>, label: (day: string) => string) =>
    days.map((day, index) => {
      const key = cellKey({ ...cell, day });
      const elsewhere = cell.repId === undefined ? grid.loggedElsewhere.get(key) : undefined;
      return (
        <td key={day}>
          <input
            type="number"
            min={0}
            max={1440}
            step={5}
            className="number-input"
            id={index === 0 ? `time-${cell.repId ?? 'all'}-${cell.activity}` : undefined}
            aria-label={label(dayLabels[index]!)}
            aria-invalid={invalid.has(key) || undefined}
            value={valueOf(key)}
            onChange={(event) => setDrafts({ ...drafts, [key]: event.target.value })}
          />
          {elsewhere !== undefined && (
            <span className="cell-note">
              {i18n.t('options.time.loggedElsewhere', { value: formatDuration(elsewhere) })}
            </span>
          )}
        </td>
      );
    });

  const dayHeaders = (
    <tr>
      <th scope="col">{i18n.t('options.time.activity')}</th>
      {days.map((day, index) => (
        <th key={day} scope="col">
          {dayLabels[index]}
        </th>
      ))}
    </tr>
  );

  const split = team.managerTime;
  const core = team.coreCoaching;

  return (
    <section aria-labelledby="time-heading" className="dashboard-section">
      <SectionHeading id="time-heading">{i18n.t('options.time.heading')}</SectionHeading>
      <p>{i18n.t('options.time.intro')}</p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => changeWeek(week - 7 * dayMs)}>
          {i18n.t('options.time.previousWeek')}
        </button>
        <button type="button" className="button-secondary" onClick={() => changeWeek(weekStart(team.now))}>
          {i18n.t('options.time.thisWeek')}
        </button>
        <button type="button" className="button-secondary" onClick={() => changeWeek(week + 7 * dayMs)}>
          {i18n.t('options.time.nextWeek')}
        </button>
      </div>
      <form
        // The grid checks its cells itself (whole minutes 0–1,440) and says which are wrong; the
        // browser's own check would block saving a week whose sample minutes are off the 5-minute step.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="table-scroll">
          <table className="data-table time-grid">
            <caption>{i18n.t('options.time.gridCaption', { from: dayLabels[0]!, to: dayLabels[6]! })}</caption>
            <thead>{dayHeaders}</thead>
            <tbody>
              {activities.map((activity) => (
                <tr key={activity}>
                  <th scope="row">{activityLabel[activity]()}</th>
                  {dayCells({ activity }, (day) =>
                    i18n.t('options.time.cellLabel', { activity: activityLabel[activity](), day }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="field-hint">{i18n.t('options.time.gridHint')}</p>

        <h3>{i18n.t('options.time.repHeading')}</h3>
        <p>{i18n.t('options.time.repIntro')}</p>
        {repRows.length > 0 && (
          <div className="table-scroll">
            <table className="data-table time-grid">
              <caption>{i18n.t('options.time.repGridCaption', { from: dayLabels[0]!, to: dayLabels[6]! })}</caption>
              <thead>{dayHeaders}</thead>
              <tbody>
                {repRows.map((row) => {
                  const what = i18n.t('options.time.repRow', {
                    activity: activityLabel[row.activity](),
                    name: repName(row.repId),
                  });
                  return (
                    <tr key={rowKey(row)}>
                      <th scope="row">{what}</th>
                      {dayCells(row, (day) => i18n.t('options.time.repCellLabel', { what, day }))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <AddRepRow
          reps={input.reps.filter((rep) => rep.active)}
          onAdd={(row) => {
            setAddedRows([...addedRows, row]);
            // The new row's first cell takes the focus, so the minutes can be typed straight away.
            requestAnimationFrame(() => document.getElementById(`time-${row.repId}-${row.activity}`)?.focus());
          }}
        />
        <button type="submit" disabled={Object.keys(drafts).length === 0}>
          {i18n.t('options.time.save')}
        </button>
        <p role="status" className={error ? 'form-error' : 'form-ok'}>
          {error || status}
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
      {core.share === null || core.target === null ? (
        <p className="empty-state">{i18n.t('options.time.coreEmpty')}</p>
      ) : (
        <p className={core.flagged ? 'below-target' : 'met-target'}>
          <Explained
            how={i18n.t('options.time.coreFairShare', {
              core: String(core.coreReps),
              tiered: String(core.tieredReps),
              target: formatPercent(core.target * 100),
            })}
          >
            {i18n.t(core.flagged ? 'options.time.coreFlagged' : 'options.time.coreOk', {
              value: formatPercent(core.share * 100),
              target: formatPercent(core.target * 100),
            })}
          </Explained>
        </p>
      )}
      <p className="muted">{i18n.t('options.time.coreSource')}</p>
    </section>
  );
}
