import Dexie from 'dexie';
import { type Observation, observationSchema, type TimeEntry, timeEntrySchema } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError } from './errors';
import { guard, localDay, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Observation not saved';
const readContext = 'Observations not loaded';

export interface ObservationPage {
  /** At most this many, newest first. Default 50. */
  limit?: number;
  /** Only observations strictly before this time (epoch ms): pass the last one's `observedAt` for the next page. */
  before?: number;
}

/** The rep, the account and every rated skill must exist: an observation never points at nothing. */
async function assertReferences(db: CoachLensDb, observation: Observation): Promise<void> {
  if (!(await db.reps.get(observation.repId))) throw new NotFoundError('Rep', observation.repId);
  if (observation.accountId !== undefined && !(await db.accounts.get(observation.accountId))) {
    throw new NotFoundError('Account', observation.accountId);
  }
  const skillIds = observation.ratings.map((rating) => rating.skillId);
  const skills = await db.skills.bulkGet(skillIds);
  const missing = skillIds.find((_, index) => skills[index] === undefined);
  if (missing !== undefined) throw new NotFoundError('Skill', missing);
}

/**
 * Makes the `observing` time entry match the observation: one entry while it has a duration,
 * none without. The entry keeps its id across edits, so the manager's time log stays stable.
 */
async function syncTimeEntry(db: CoachLensDb, observation: Observation): Promise<void> {
  const existing = await db.timeEntries.where('observationId').equals(observation.id).toArray();
  const [keep, ...extra] = existing;
  if (extra.length > 0) await db.timeEntries.bulkDelete(extra.map((entry) => entry.id));
  if (observation.durationMin === undefined) {
    if (keep) await db.timeEntries.delete(keep.id);
    return;
  }
  const entry: TimeEntry = parseRow(
    timeEntrySchema,
    {
      id: keep?.id ?? newId(),
      day: localDay(observation.observedAt),
      activity: 'observing',
      minutes: observation.durationMin,
      repId: observation.repId,
      observationId: observation.id,
    },
    saveContext,
  );
  await db.timeEntries.put(entry);
}

function observationTables(db: CoachLensDb) {
  return [db.observations, db.timeEntries, db.reps, db.accounts, db.skills];
}

/**
 * Logs an observation. Defaults: observed now, no ratings, empty notes, not shared with the rep.
 * With a `durationMin` it also records the matching `observing` time entry (docs/method.md#manager-time), in the
 * same transaction: both are saved or neither is.
 */
export async function addObservation(db: CoachLensDb, input: unknown): Promise<Observation> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const now = Date.now();
  const observation = withoutUndefined(
    parseRow(
      observationSchema,
      {
        observedAt: now,
        ratings: [],
        saw: '',
        keep: '',
        start: '',
        stop: '',
        sharedWithRep: false,
        ...fields,
        id: newId(),
        createdAt: now,
      },
      saveContext,
    ),
  );
  return guard(saveContext, () =>
    db.transaction('rw', observationTables(db), async () => {
      await assertReferences(db, observation);
      await db.observations.add(observation);
      await syncTimeEntry(db, observation);
      return observation;
    }),
  );
}

/**
 * Changes the given fields; `null` clears an optional one. The `observing` time entry follows in
 * the same transaction: its minutes, day and rep change with the observation, and it goes when the
 * duration is cleared.
 */
export async function updateObservation(db: CoachLensDb, id: string, patch: unknown): Promise<Observation> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', observationTables(db), async () => {
      const current = await db.observations.get(id);
      if (!current) throw new NotFoundError('Observation', id);
      const observation = withoutUndefined(
        parseRow(observationSchema, applyPatch(current, patch, saveContext, ['id', 'createdAt']), saveContext),
      );
      await assertReferences(db, observation);
      await db.observations.put(observation);
      await syncTimeEntry(db, observation);
      return observation;
    }),
  );
}

/** The observation, or `null` when there is none. */
export async function getObservation(db: CoachLensDb, id: string): Promise<Observation | null> {
  return guard(readContext, async () => (await db.observations.get(id)) ?? null);
}

/** Deletes the observation and the time entry it recorded, together. Returns how many time entries went. */
export async function deleteObservation(db: CoachLensDb, id: string): Promise<{ timeEntries: number }> {
  return guard('Observation not deleted', () =>
    db.transaction('rw', db.observations, db.timeEntries, async () => {
      if (!(await db.observations.get(id))) throw new NotFoundError('Observation', id);
      await db.observations.delete(id);
      const timeEntries = await db.timeEntries.where('observationId').equals(id).delete();
      return { timeEntries };
    }),
  );
}

function pageSize(page: ObservationPage): number {
  const limit = page.limit ?? 50;
  return Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 50;
}

/** A range over a `[owner+observedAt]` index: this owner, before `before` (exclusive) or ever. */
function newestFirst(db: CoachLensDb, index: string, ownerId: string, page: ObservationPage): Promise<Observation[]> {
  const upper = page.before ?? Dexie.maxKey;
  return db.observations
    .where(index)
    .between([ownerId, Dexie.minKey], [ownerId, upper], true, page.before === undefined)
    .reverse()
    .limit(pageSize(page))
    .toArray();
}

/** A rep's observations, newest first, through the `[repId+observedAt]` index (no sort in memory). */
export async function listObservationsForRep(
  db: CoachLensDb,
  repId: string,
  page: ObservationPage = {},
): Promise<Observation[]> {
  return guard(readContext, () => newestFirst(db, '[repId+observedAt]', repId, page));
}

/** Observations made on an account, newest first, through the `[accountId+observedAt]` index. */
export async function listObservationsForAccount(
  db: CoachLensDb,
  accountId: string,
  page: ObservationPage = {},
): Promise<Observation[]> {
  return guard(readContext, () => newestFirst(db, '[accountId+observedAt]', accountId, page));
}

/** Observations with `from <= observedAt < to`, oldest first, through the `observedAt` index. */
export async function listObservationsBetween(db: CoachLensDb, from: number, to: number): Promise<Observation[]> {
  return guard(readContext, () => db.observations.where('observedAt').between(from, to, true, false).toArray());
}
