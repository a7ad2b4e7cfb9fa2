import Dexie from 'dexie';
import type { Account, Observation, Plan, Rep, Result, Strategy, TimeEntry } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError } from './errors';
import { guard } from './guard';
import { deleteRep, type DeleteRepResult } from './reps';

/** Every row a rep's deletion removes or detaches, as it was before: what an undo puts back. */
export interface RepRemoval {
  rep: Rep;
  counts: DeleteRepResult;
  rows: {
    observations: Observation[];
    timeEntries: TimeEntry[];
    plans: Plan[];
    results: Result[];
    accounts: Account[];
    strategies: Strategy[];
  };
}

function tablesOf(db: CoachLensDb) {
  return [db.reps, db.observations, db.timeEntries, db.plans, db.results, db.accounts, db.strategies];
}

/**
 * Deletes the rep with everything that only describes them (`deleteRep`), keeping a copy of each
 * row it removed or changed, read in the same transaction, so the page can undo it while open.
 */
export async function removeRep(db: CoachLensDb, id: string): Promise<RepRemoval> {
  return guard('Rep not deleted', () =>
    db.transaction('rw', tablesOf(db), async () => {
      const rep = await db.reps.get(id);
      if (!rep) throw new NotFoundError('Rep', id);
      const observations = await db.observations
        .where('[repId+observedAt]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
        .toArray();
      const observationIds = new Set(observations.map((observation) => observation.id));
      const timeEntries = [
        ...(await db.timeEntries
          .where('observationId')
          .anyOf([...observationIds])
          .toArray()),
        ...(await db.timeEntries.where('repId').equals(id).toArray()),
      ];
      const rows = {
        observations,
        timeEntries: [...new Map(timeEntries.map((entry) => [entry.id, entry])).values()],
        plans: await db.plans.where('repId').equals(id).toArray(),
        results: await db.results
          .where('[repId+period]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
          .toArray(),
        accounts: await db.accounts.where('ownerRepId').equals(id).toArray(),
        strategies: await db.strategies.filter((strategy) => strategy.repId === id).toArray(),
      };
      const counts = await deleteRep(db, id);
      return { rep, counts, rows };
    }),
  );
}

/**
 * Puts back a removed rep and every row as it was: deleted rows return, detached ones get the rep
 * again. Refused when a rep with that id exists again (the undo already ran, in this or another tab).
 */
export async function undoRemoveRep(db: CoachLensDb, removal: RepRemoval): Promise<void> {
  await guard('Rep not restored', () =>
    db.transaction('rw', tablesOf(db), async () => {
      await db.reps.add(removal.rep);
      const { observations, timeEntries, plans, results, accounts, strategies } = removal.rows;
      await db.observations.bulkPut(observations);
      await db.timeEntries.bulkPut(timeEntries);
      await db.plans.bulkPut(plans);
      await db.results.bulkPut(results);
      // An account or strategy edited since keeps its edits; only the owner comes back.
      for (const account of accounts) {
        await db.accounts.update(account.id, { ownerRepId: removal.rep.id });
      }
      for (const strategy of strategies) {
        await db.strategies.update(strategy.id, { repId: removal.rep.id });
      }
    }),
  );
}
