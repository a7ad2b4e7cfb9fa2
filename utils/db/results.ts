import Dexie from 'dexie';
import { type Result, resultSchema } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError } from './errors';
import { guard, newId } from './guard';
import { asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Result not saved';
const readContext = 'Results not loaded';

/**
 * Saves a rep's result for a period: `{repId, period, attainmentPct, winRatePct?, pipeline?}`.
 * A rep has one result per period (a unique `[repId+period]` index): saving again replaces the
 * figures and keeps the row's id, so a figure left out is cleared.
 */
export async function upsertResult(db: CoachLensDb, input: unknown): Promise<Result> {
  const fields = withoutUndefined(asObject(input, saveContext));
  // Validate before looking anything up; the real id is settled inside the transaction.
  const draft = parseRow(resultSchema, { ...fields, id: newId() }, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.results, db.reps, async () => {
      if (!(await db.reps.get(draft.repId))) throw new NotFoundError('Rep', draft.repId);
      const existing = await db.results.where('[repId+period]').equals([draft.repId, draft.period]).first();
      const result = withoutUndefined({ ...draft, id: existing?.id ?? draft.id });
      await db.results.put(result);
      return result;
    }),
  );
}

/** The result, or `null` when there is none. */
export async function getResult(db: CoachLensDb, id: string): Promise<Result | null> {
  return guard(readContext, async () => (await db.results.get(id)) ?? null);
}

/** A rep's results in period order (`2026-01` … `2026-12`, then `2026-Q1` … `2026-Q4`), through `[repId+period]`. */
export async function listResultsForRep(db: CoachLensDb, repId: string): Promise<Result[]> {
  return guard(readContext, () =>
    db.results.where('[repId+period]').between([repId, Dexie.minKey], [repId, Dexie.maxKey], true, true).toArray(),
  );
}

/** Every rep's result for one period, through the `period` index. */
export async function listResultsForPeriod(db: CoachLensDb, period: string): Promise<Result[]> {
  return guard(readContext, () => db.results.where('period').equals(period).toArray());
}

export async function deleteResult(db: CoachLensDb, id: string): Promise<void> {
  await guard('Result not deleted', () =>
    db.transaction('rw', db.results, async () => {
      if (!(await db.results.get(id))) throw new NotFoundError('Result', id);
      await db.results.delete(id);
    }),
  );
}
