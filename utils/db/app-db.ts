import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Account, Observation, Plan, Rep, Result, Skill, Strategy, TimeEntry } from '../schemas';
import { type DbVersion, dbVersions } from './versions';

/** The only database of CoachLens. Opened by the background and extension pages, never by a content script. */
export const dbName = 'coachlens';

/** The newest version in `versions.ts`; a released version number is never reused. */
export const schemaVersion = Math.max(...dbVersions.map((entry) => entry.version));

export const tableNames = [
  'reps',
  'accounts',
  'skills',
  'observations',
  'plans',
  'strategies',
  'results',
  'timeEntries',
] as const;
export type TableName = (typeof tableNames)[number];

export class CoachLensDb extends Dexie {
  reps!: EntityTable<Rep, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  skills!: EntityTable<Skill, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  strategies!: EntityTable<Strategy, 'id'>;
  results!: EntityTable<Result, 'id'>;
  timeEntries!: EntityTable<TimeEntry, 'id'>;

  /** `history` is for tests that try a candidate version before it is appended to `versions.ts`. */
  constructor(name: string = dbName, options?: DexieOptions, history: readonly DbVersion[] = dbVersions) {
    super(name, options);
    for (const entry of history) {
      const version = this.version(entry.version).stores({ ...entry.stores });
      const upgrade = entry.upgrade;
      if (upgrade) {
        // Marked as an UpgradeError so the message says what failed; Dexie aborts the upgrade
        // transaction, so the stored data stays at the old version, untouched.
        version.upgrade(async (tx) => {
          try {
            await upgrade(tx);
          } catch (error) {
            throw new Dexie.UpgradeError(
              `upgrading to version ${entry.version} failed`,
              error instanceof Error ? error : String(error),
            );
          }
        });
      }
    }
  }
}

/**
 * A database handle. Dexie opens it on first use, so open failures surface from the first
 * repository call, as a `DatabaseUnavailableError`. Tests pass a fresh name per test.
 */
export function openCoachLensDb(name: string = dbName, options?: DexieOptions): CoachLensDb {
  return new CoachLensDb(name, options);
}

let singleton: CoachLensDb | undefined;

/**
 * The shared handle for the background and extension pages. Created on first call, never at
 * module load: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
 */
export function getDb(): CoachLensDb {
  singleton ??= openCoachLensDb();
  return singleton;
}
