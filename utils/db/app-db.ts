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

/** Why this page's database connection was given up; listeners show the manager what to do. */
export type DatabaseLifecycleEvent =
  /** A newer CoachLens upgraded the database: this page's code is out of date and must be reloaded. */
  | { type: 'outdated'; newVersion: number }
  /** This page's upgrade waits for another CoachLens page that still holds the old version open. */
  | { type: 'blocked'; oldVersion: number };

export class CoachLensDb extends Dexie {
  reps!: EntityTable<Rep, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  skills!: EntityTable<Skill, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  strategies!: EntityTable<Strategy, 'id'>;
  results!: EntityTable<Result, 'id'>;
  timeEntries!: EntityTable<TimeEntry, 'id'>;

  /** Set once a newer version took the database over; this handle then stays closed. */
  outdatedBy: number | undefined;
  private readonly lifecycleListeners = new Set<(event: DatabaseLifecycleEvent) => void>();

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
    const declared = Math.max(...history.map((entry) => entry.version));
    // Dexie's own handler closes the connection so the other page's upgrade or delete can go ahead,
    // then reopens on the next query. Reopening is right after a delete or a same-version change,
    // but not after a newer version's upgrade: Dexie would open the newer database with this page's
    // older code and write rows in the old shape. So stay closed, and every later call fails with
    // DatabaseClosedError ("reload this page"). Dexie calls the newest subscriber first; returning
    // false skips its default handler, which would turn reopening back on.
    this.on('versionchange', (event) => {
      const newVersion = (event.newVersion ?? 0) / 10; // Dexie stores version n as native n × 10
      if (newVersion <= declared) return undefined;
      this.outdatedBy = newVersion;
      this.close({ disableAutoOpen: true });
      this.emitLifecycle({ type: 'outdated', newVersion });
      return false;
    });
    // Dexie 4 opens a database newer than the declared versions instead of failing with a
    // VersionError; for the same reason as above, this page's code must not use it.
    this.on('ready', (db) => {
      const installed = db.backendDB().version / 10;
      if (installed > declared) {
        this.outdatedBy = installed;
        throw new Dexie.VersionError(`the database is at version ${installed}, this page knows ${declared}`);
      }
    });
    // Our own upgrade waits for older connections to close; say so instead of hanging silently.
    this.on('blocked', (event) => {
      if (event.newVersion) this.emitLifecycle({ type: 'blocked', oldVersion: event.oldVersion / 10 });
    });
  }

  /** Calls `listener` when the database is taken over by a newer version or our upgrade is blocked. */
  onLifecycle(listener: (event: DatabaseLifecycleEvent) => void): () => void {
    this.lifecycleListeners.add(listener);
    return () => this.lifecycleListeners.delete(listener);
  }

  private emitLifecycle(event: DatabaseLifecycleEvent): void {
    for (const listener of this.lifecycleListeners) listener(event);
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
