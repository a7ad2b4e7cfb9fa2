import type { Activity, TimeEntry } from '@/utils/schemas/time-entry';

/** Activities the manager does with one rep (docs/method.md#coaching-time: they count toward the rep's coaching time). */
export const repActivities = ['coaching', 'observing'] as const satisfies readonly Activity[];
export type RepActivity = (typeof repActivities)[number];

export interface RepRow {
  repId: string;
  activity: RepActivity;
}

export interface Cell {
  day: string;
  activity: Activity;
  /** Set for a cell of a rep row. */
  repId?: string;
}

/** One string per grid cell: `day|activity|repId` (repId empty for the general rows). */
export function cellKey({ day, activity, repId }: Cell): string {
  return `${day}|${activity}|${repId ?? ''}`;
}

export function parseCellKey(key: string): Cell {
  const [day = '', activity = '', repId = ''] = key.split('|');
  return repId ? { day, activity: activity as Activity, repId } : { day, activity: activity as Activity };
}

export const rowKey = (row: RepRow) => `${row.repId}|${row.activity}`;

export interface WeekGrid {
  /** Entries the grid edits (typed in, not recorded by an observation), by cell key. */
  editable: Map<string, TimeEntry[]>;
  /**
   * Minutes the grid shows but does not edit, by the general cell of their day and activity: time
   * recorded by an observation, and time with a rep on an activity that has no rep row.
   */
  loggedElsewhere: Map<string, number>;
  /** Rep × activity rows that already hold typed-in minutes this week. */
  repRows: RepRow[];
}

function isRepActivity(activity: Activity): activity is RepActivity {
  return (repActivities as readonly Activity[]).includes(activity);
}

/**
 * Sorts a week's entries into the grid's cells. Typed-in time with a rep goes to that rep's row
 * (coaching and observing), other typed-in time to the general rows. Observation time, and rep time
 * on other activities, is only shown: saving a cell replaces its entries, which would drop the
 * observation link or the rep.
 */
export function weekGrid(entries: readonly TimeEntry[], days: readonly string[]): WeekGrid {
  const inWeek = new Set(days);
  const editable = new Map<string, TimeEntry[]>();
  const loggedElsewhere = new Map<string, number>();
  const rows = new Map<string, RepRow>();
  for (const entry of entries) {
    if (!inWeek.has(entry.day)) continue;
    if (entry.observationId !== undefined || (entry.repId !== undefined && !isRepActivity(entry.activity))) {
      const key = cellKey({ day: entry.day, activity: entry.activity });
      loggedElsewhere.set(key, (loggedElsewhere.get(key) ?? 0) + entry.minutes);
      continue;
    }
    const key = cellKey({ day: entry.day, activity: entry.activity, repId: entry.repId });
    editable.set(key, [...(editable.get(key) ?? []), entry]);
    if (entry.repId !== undefined && isRepActivity(entry.activity)) {
      const row = { repId: entry.repId, activity: entry.activity };
      rows.set(rowKey(row), row);
    }
  }
  return { editable, loggedElsewhere, repRows: [...rows.values()] };
}
