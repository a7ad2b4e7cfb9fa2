import type { CoachLensDb } from './app-db';
import { guard } from './guard';
import type { InsightInput } from './snapshot';

/**
 * One rep's own rows, found through the indexes (docs/architecture.md#the-database): the rep by its CRM key, its
 * observations, plans, results and time entries, the skills, and the accounts its observations
 * name. In one read transaction; null when no rep is linked to that CRM key. What a rep's view
 * needs besides the team-wide numbers (utils/insights/team-summary.ts).
 */
export async function loadRepRows(db: CoachLensDb, crmKey: string): Promise<InsightInput | null> {
  return guard('Data not loaded', () =>
    db.transaction(
      'r',
      [db.reps, db.observations, db.plans, db.results, db.timeEntries, db.skills, db.accounts],
      async () => {
        const rep = await db.reps.where('crmKeys').equals(crmKey).first();
        if (!rep) return null;
        const [observations, plans, results, timeEntries, skills] = await Promise.all([
          db.observations.where('[repId+observedAt]').between([rep.id, -Infinity], [rep.id, Infinity]).toArray(),
          db.plans.where('repId').equals(rep.id).toArray(),
          db.results.where('[repId+period]').between([rep.id, ''], [rep.id, '\uffff']).toArray(),
          db.timeEntries.where('repId').equals(rep.id).toArray(),
          db.skills.orderBy('order').toArray(),
        ]);
        const accountIds = [...new Set(observations.flatMap((obs) => (obs.accountId ? [obs.accountId] : [])))];
        const accounts = (await db.accounts.bulkGet(accountIds)).filter((account) => account !== undefined);
        return { reps: [rep], accounts, skills, observations, plans, strategies: [], results, timeEntries };
      },
    ),
  );
}
