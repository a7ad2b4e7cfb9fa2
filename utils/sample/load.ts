import type { CoachLensDb, TableName } from '../db/app-db';
import { tableNames } from '../db/app-db';
import { guard } from '../db/guard';
import { installDefaultSkills, listSkills } from '../db/skills';
import {
  accountSchema,
  observationSchema,
  planSchema,
  repSchema,
  resultSchema,
  strategySchema,
  timeEntrySchema,
} from '../schemas';
import { type SampleTeamRecord } from '../settings';
import { generateSampleTeam, type SampleTeam } from './generate';
import { sampleTeamItem } from '@/utils/storage/items';

export class SampleTeamError extends Error {
  override name = 'SampleTeamError';
}

function emptyIds(): Record<TableName, string[]> {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as Record<TableName, string[]>;
}

/** Every row passes the same schema a repository write would: the sample never stores what a manager could not. */
function validate(team: SampleTeam): SampleTeam {
  return {
    reps: team.reps.map((row) => repSchema.parse(row)),
    accounts: team.accounts.map((row) => accountSchema.parse(row)),
    observations: team.observations.map((row) => observationSchema.parse(row)),
    plans: team.plans.map((row) => planSchema.parse(row)),
    strategies: team.strategies.map((row) => strategySchema.parse(row)),
    results: team.results.map((row) => resultSchema.parse(row)),
    timeEntries: team.timeEntries.map((row) => timeEntrySchema.parse(row)),
  };
}

/** Whether the sample team is loaded (its ids are recorded). */
export async function isSampleTeamLoaded(): Promise<boolean> {
  return (await sampleTeamItem.getValue()) !== null;
}

/**
 * Loads the sample team in one transaction (installing the default framework first when there are
 * no skills) and records the ids it wrote, so `removeSampleTeam` can take out exactly those rows.
 * Refuses when a sample team is already loaded.
 */
export async function loadSampleTeam(db: CoachLensDb, now: number): Promise<SampleTeamRecord> {
  if (await isSampleTeamLoaded()) throw new SampleTeamError('The sample team is already loaded');
  await installDefaultSkills(db);
  const skills = await listSkills(db);
  if (skills.length === 0) throw new SampleTeamError('The sample team needs at least one active skill');
  const team = validate(generateSampleTeam(now, skills));
  const ids = emptyIds();
  for (const [table, rows] of Object.entries(team) as [keyof SampleTeam, { id: string }[]][]) {
    ids[table] = rows.map((row) => row.id);
  }
  const record: SampleTeamRecord = { loadedAt: now, ids };
  await guard('Sample team not loaded', () =>
    db.transaction(
      'rw',
      tableNames.map((name) => db.table(name)),
      async () => {
        await db.reps.bulkAdd(team.reps);
        await db.accounts.bulkAdd(team.accounts);
        await db.observations.bulkAdd(team.observations);
        await db.plans.bulkAdd(team.plans);
        await db.strategies.bulkAdd(team.strategies);
        await db.results.bulkAdd(team.results);
        await db.timeEntries.bulkAdd(team.timeEntries);
      },
    ),
  );
  await sampleTeamItem.setValue(record);
  return record;
}

export type RemovedCounts = Record<TableName, number>;

/**
 * Removes the sample team in one transaction: the rows it wrote, plus what the manager added about
 * a sample rep or account while trying it (observations, plans, results, time and strategy
 * sessions that would otherwise point at nothing). Accounts of their own that they gave a sample
 * owner keep the account and lose the owner. Skills are never touched. Returns rows removed per table.
 */
export async function removeSampleTeam(db: CoachLensDb): Promise<RemovedCounts> {
  const record = await sampleTeamItem.getValue();
  const counts = Object.fromEntries(tableNames.map((name) => [name, 0])) as RemovedCounts;
  if (!record) return counts;
  const repIds = new Set(record.ids.reps);
  const accountIds = new Set(record.ids.accounts);
  await guard('Sample team not removed', () =>
    db.transaction(
      'rw',
      tableNames.map((name) => db.table(name)),
      async () => {
        const observationIds = new Set(record.ids.observations);
        for (const obs of await db.observations.filter((row) => repIds.has(row.repId)).toArray()) {
          observationIds.add(obs.id);
        }
        counts.observations = await db.observations
          .where('id')
          .anyOf([...observationIds])
          .delete();
        // Observations of real reps at a sample account stay, without the account.
        await db.observations
          .filter((row) => row.accountId !== undefined && accountIds.has(row.accountId))
          .modify((row) => {
            delete row.accountId;
          });
        counts.timeEntries = await db.timeEntries
          .filter(
            (row) =>
              record.ids.timeEntries.includes(row.id) ||
              (row.repId !== undefined && repIds.has(row.repId)) ||
              (row.observationId !== undefined && observationIds.has(row.observationId)),
          )
          .delete();
        counts.plans = await db.plans.filter((row) => repIds.has(row.repId)).delete();
        counts.results = await db.results.filter((row) => repIds.has(row.repId)).delete();
        counts.strategies = await db.strategies.filter((row) => accountIds.has(row.accountId)).delete();
        await db.strategies
          .filter((row) => row.repId !== undefined && repIds.has(row.repId))
          .modify((row) => {
            delete row.repId;
          });
        counts.accounts = await db.accounts
          .where('id')
          .anyOf([...accountIds])
          .delete();
        await db.accounts
          .filter((row) => row.ownerRepId !== undefined && repIds.has(row.ownerRepId))
          .modify((row) => {
            delete row.ownerRepId;
          });
        counts.reps = await db.reps
          .where('id')
          .anyOf([...repIds])
          .delete();
      },
    ),
  );
  await sampleTeamItem.setValue(null);
  return counts;
}
