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

/** Reads every table in one read transaction, so the insights see one consistent moment. */
export async function loadInsightInput(db: CoachLensDb): Promise<InsightInput> {
  return guard('Data not loaded', () =>
    db.transaction(
      'r',
      tableNames.map((name) => db.table(name)),
      async () => {
        const [reps, accounts, skills, observations, plans, strategies, results, timeEntries] = await Promise.all([
          db.reps.toArray(),
          db.accounts.toArray(),
          db.skills.orderBy('order').toArray(),
          db.observations.orderBy('observedAt').toArray(),
          db.plans.toArray(),
          db.strategies.toArray(),
          db.results.toArray(),
          db.timeEntries.orderBy('day').toArray(),
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
