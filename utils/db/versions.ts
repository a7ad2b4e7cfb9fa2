import type { Transaction } from 'dexie';

/**
 * The version history of the `coachlens` database (docs/architecture.md#schema-changes).
 *
 * Append only. A released entry is never edited or removed: browsers that installed it upgrade
 * from exactly these stores. To change the schema, append `{ version: n + 1, stores, upgrade? }`
 * that lists only the tables whose indexes change (`null` deletes a table), never change a primary
 * key in place, bump nothing else by hand (`schemaVersion` follows this list), and add the upgrade
 * test described in `migrations.test.ts`.
 */
export interface DbVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows for the new shape; runs inside Dexie's upgrade transaction (all or nothing). */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const dbVersions: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      // `*crmKeys`: multi-entry `"crm:userId"`, so a CRM user page finds its rep in one lookup.
      reps: 'id, *crmKeys, name',
      accounts: 'id, *crmKeys, ownerRepId, name',
      skills: 'id, order',
      // Compound indexes give "newest observations of this rep / account" without a sort.
      observations: 'id, [repId+observedAt], [accountId+observedAt], observedAt',
      plans: 'id, repId, reviewAt',
      strategies: 'id, accountId',
      // Unique: one result per rep and period, even when two extension pages write at once.
      results: 'id, &[repId+period], period',
      // `observationId` finds the time entry an observation recorded; `repId` finds a rep's entries.
      timeEntries: 'id, day, observationId, repId',
    },
  },
];
