import type { Account, Observation, Plan, Rep, Result, Skill, Strategy, TimeEntry } from '../schemas';
import { type CoachLensDb, type TableName, tableNames } from './app-db';
import { guard } from './guard';

/** Every row, as plain arrays: the input of the pure functions in `utils/insights`. */
export interface InsightInput {
  reps: Rep[];
  accounts: Account[];
  skills: Skill[];
  observations: Observation[];
  plans: Plan[];
  strategies: Strategy[];
  results: Result[];
  timeEntries: TimeEntry[];
}

export type TableCounts = Record<TableName, number>;

/**
 * How `loadInsightInput` reads each table, so one table can be read again on its own
 * (input-mirror.ts). A table read through an index comes in that index's order.
 */
export const tableLoaders: { [T in TableName]: (db: CoachLensDb) => Promise<InsightInput[T]> } = {
  reps: (db) => db.reps.toArray(),
  accounts: (db) => db.accounts.toArray(),
  skills: (db) => db.skills.orderBy('order').toArray(),
  observations: (db) => db.observations.orderBy('observedAt').toArray(),
  plans: (db) => db.plans.toArray(),
  strategies: (db) => db.strategies.toArray(),
  results: (db) => db.results.toArray(),
  timeEntries: (db) => db.timeEntries.orderBy('day').toArray(),
};

/** Reads every table in one read transaction, so the insights see one consistent moment. */
export async function loadInsightInput(db: CoachLensDb): Promise<InsightInput> {
  return guard('Data not loaded', () =>
    db.transaction(
      'r',
      tableNames.map((name) => db.table(name)),
      async () => {
        const [reps, accounts, skills, observations, plans, strategies, results, timeEntries] = await Promise.all([
          tableLoaders.reps(db),
          tableLoaders.accounts(db),
          tableLoaders.skills(db),
          tableLoaders.observations(db),
          tableLoaders.plans(db),
          tableLoaders.strategies(db),
          tableLoaders.results(db),
          tableLoaders.timeEntries(db),
        ]);
        return { reps, accounts, skills, observations, plans, strategies, results, timeEntries };
      },
    ),
  );
}

/** Rows per table (for diagnostics and the data page), in one read transaction. */
export async function countRows(db: CoachLensDb): Promise<TableCounts> {
  return guard('Data not loaded', () =>
    db.transaction(
      'r',
      tableNames.map((name) => db.table(name)),
      async () => {
        const counts = await Promise.all(tableNames.map((name) => db.table(name).count()));
        return Object.fromEntries(tableNames.map((name, index) => [name, counts[index] ?? 0])) as TableCounts;
      },
    ),
  );
}
