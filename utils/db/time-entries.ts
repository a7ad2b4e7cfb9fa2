import { daySchema, type TimeEntry, timeEntrySchema } from '../schemas';
import { z } from '../schemas/zod';
import type { CoachLensDb } from './app-db';
import { NotFoundError, ValidationError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Time entry not saved';
const readContext = 'Time entries not loaded';

const dayRangeSchema = z.object({ fromDay: daySchema, toDay: daySchema });

/** Entries recorded by an observation change only through it, so the two never disagree. */
function refuseObservationEntry(entry: TimeEntry, context: string): void {
  if (entry.observationId !== undefined) {
    throw new ValidationError(context, [
      {
        field: 'observationId',
        message: "links this time to an observation; change the observation's duration instead",
      },
    ]);
  }
}

async function assertRep(db: CoachLensDb, entry: TimeEntry): Promise<void> {
  if (entry.repId !== undefined && !(await db.reps.get(entry.repId))) throw new NotFoundError('Rep', entry.repId);
}

/**
 * Records manager time: `{day, activity, minutes, repId?}`. `observing` time with an observation
 * is recorded by `addObservation`; an `observationId` given here is refused.
 */
export async function addTimeEntry(db: CoachLensDb, input: unknown): Promise<TimeEntry> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const entry = parseRow(timeEntrySchema, { ...fields, id: newId() }, saveContext);
  refuseObservationEntry(entry, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.timeEntries, db.reps, async () => {
      await assertRep(db, entry);
      await db.timeEntries.add(entry);
      return entry;
    }),
  );
}

/** Changes a time entry that was not recorded by an observation. */
export async function updateTimeEntry(db: CoachLensDb, id: string, patch: unknown): Promise<TimeEntry> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.timeEntries, db.reps, async () => {
      const current = await db.timeEntries.get(id);
      if (!current) throw new NotFoundError('Time entry', id);
      refuseObservationEntry(current, saveContext);
      const entry = parseRow(
        timeEntrySchema,
        applyPatch(current, patch, saveContext, ['id', 'observationId']),
        saveContext,
      );
      await assertRep(db, entry);
      await db.timeEntries.put(entry);
      return entry;
    }),
  );
}

/** The entry, or `null` when there is none. */
export async function getTimeEntry(db: CoachLensDb, id: string): Promise<TimeEntry | null> {
  return guard(readContext, async () => (await db.timeEntries.get(id)) ?? null);
}

/** The `observing` entry an observation recorded, through the `observationId` index. */
export async function getTimeEntryForObservation(db: CoachLensDb, observationId: string): Promise<TimeEntry | null> {
  return guard(
    readContext,
    async () => (await db.timeEntries.where('observationId').equals(observationId).first()) ?? null,
  );
}

/** Entries from `fromDay` to `toDay`, both included (`YYYY-MM-DD`), in day order, through the `day` index. */
export async function listTimeEntriesBetween(db: CoachLensDb, fromDay: string, toDay: string): Promise<TimeEntry[]> {
  const range = parseRow(dayRangeSchema, { fromDay, toDay }, readContext);
  if (range.fromDay > range.toDay) return [];
  return guard(readContext, () =>
    db.timeEntries.where('day').between(range.fromDay, range.toDay, true, true).toArray(),
  );
}

/** Deletes a time entry that was not recorded by an observation (delete or edit the observation instead). */
export async function deleteTimeEntry(db: CoachLensDb, id: string): Promise<void> {
  await guard('Time entry not deleted', () =>
    db.transaction('rw', db.timeEntries, async () => {
      const current = await db.timeEntries.get(id);
      if (!current) throw new NotFoundError('Time entry', id);
      refuseObservationEntry(current, 'Time entry not deleted');
      await db.timeEntries.delete(id);
    }),
  );
}
