import type { CoachLensDb } from '@/utils/db/app-db';
import { guard } from '@/utils/db/guard';
import { observationSchema, timeEntrySchema, type Observation, type TimeEntry } from '@/utils/schemas';

/** What a delete took away, kept in memory so "Undo" can put it back exactly, with the same ids. */
export interface DeletedObservation {
  observation: Observation;
  timeEntry: TimeEntry | null;
}

export async function snapshotObservation(db: CoachLensDb, id: string): Promise<DeletedObservation | null> {
  return guard('Observation not loaded', async () => {
    const observation = await db.observations.get(id);
    if (!observation) return null;
    const timeEntry = (await db.timeEntries.where('observationId').equals(id).first()) ?? null;
    return { observation, timeEntry };
  });
}

/** Puts a deleted observation and its time entry back in one transaction, validated like any write. */
export async function restoreObservation(db: CoachLensDb, deleted: DeletedObservation): Promise<void> {
  const observation = observationSchema.parse(deleted.observation);
  const timeEntry = deleted.timeEntry ? timeEntrySchema.parse(deleted.timeEntry) : null;
  await guard('Observation not restored', () =>
    db.transaction('rw', db.observations, db.timeEntries, async () => {
      await db.observations.put(observation);
      if (timeEntry) await db.timeEntries.put(timeEntry);
    }),
  );
}
