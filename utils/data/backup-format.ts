import { schemaVersion, type TableName, tableNames } from '../db/app-db';
import {
  accountCrmKeys,
  accountSchema,
  observationSchema,
  planSchema,
  repCrmKeys,
  repSchema,
  resultSchema,
  skillSchema,
  strategySchema,
  timeEntrySchema,
  type Account,
  type Rep,
} from '../schemas';
import type { z } from '../schemas/zod';
import type { InsightInput } from '../db/snapshot';

/**
 * The CoachLens backup file (`coachlens-backup-YYYY-MM-DD.json`), format version 1:
 *
 * ```json
 * {
 *   "format": "coachlens-backup",
 *   "formatVersion": 1,
 *   "schemaVersion": 1,
 *   "exportedAt": 1767225600000,
 *   "tables": { "reps": [...], "accounts": [...], "skills": [...], "observations": [...],
 *               "plans": [...], "strategies": [...], "results": [...], "timeEntries": [...] }
 * }
 * ```
 *
 * Rows are the database rows exactly as stored (docs/architecture.md#the-database), in primary-key order. `formatVersion`
 * changes only when the file's shape changes; `schemaVersion` is the database version that wrote
 * it. A file with a higher number of either was made by a newer CoachLens and is refused.
 */
export const backupFormatName = 'coachlens-backup';
export const backupFormatVersion = 1;

/** Every table's rows: the same shape `loadInsightInput` reads, so a backup is written from it as is. */
export type BackupTables = InsightInput;

export interface BackupFile {
  format: typeof backupFormatName;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: number;
  tables: BackupTables;
}

export const envelopeKeys = ['format', 'formatVersion', 'schemaVersion', 'exportedAt', 'tables'] as const;

export const rowSchemas: { [T in TableName]: z.ZodType<BackupTables[T][number]> } = {
  reps: repSchema,
  accounts: accountSchema,
  skills: skillSchema,
  observations: observationSchema,
  plans: planSchema,
  strategies: strategySchema,
  results: resultSchema,
  timeEntries: timeEntrySchema,
};

/** Singular words for messages: "rep", "time entry". */
export const rowWords: Record<TableName, string> = {
  reps: 'rep',
  accounts: 'account',
  skills: 'skill',
  observations: 'observation',
  plans: 'development plan',
  strategies: 'account strategy',
  results: 'result',
  timeEntries: 'time entry',
};

export interface Reference {
  /** A top-level id field, or `ratings[].skillId` for a list of objects. */
  field: string;
  target: TableName;
  read: (row: Record<string, unknown>) => (string | undefined)[];
}

function one(field: string): (row: Record<string, unknown>) => (string | undefined)[] {
  return (row) => [row[field] as string | undefined];
}

/** Every id a row points at: import refuses a row whose target is neither in the file nor in the database. */
export const references: Record<TableName, Reference[]> = {
  reps: [],
  accounts: [{ field: 'ownerRepId', target: 'reps', read: one('ownerRepId') }],
  skills: [],
  observations: [
    { field: 'repId', target: 'reps', read: one('repId') },
    { field: 'accountId', target: 'accounts', read: one('accountId') },
    {
      field: 'ratings[].skillId',
      target: 'skills',
      read: (row) => (row.ratings as { skillId: string }[]).map((rating) => rating.skillId),
    },
  ],
  plans: [
    { field: 'repId', target: 'reps', read: one('repId') },
    { field: 'skillId', target: 'skills', read: one('skillId') },
  ],
  strategies: [
    { field: 'accountId', target: 'accounts', read: one('accountId') },
    { field: 'repId', target: 'reps', read: one('repId') },
  ],
  results: [{ field: 'repId', target: 'reps', read: one('repId') }],
  timeEntries: [
    { field: 'repId', target: 'reps', read: one('repId') },
    { field: 'observationId', target: 'observations', read: one('observationId') },
  ],
};

/** Derived fields are never trusted from a file: `crmKeys` is recomputed from `crmLinks`. */
export function normaliseRow<T extends TableName>(table: T, row: BackupTables[T][number]): BackupTables[T][number] {
  const copy: Record<string, unknown> = { ...row };
  if (table === 'reps') copy.crmKeys = repCrmKeys((row as Rep).crmLinks);
  if (table === 'accounts') copy.crmKeys = accountCrmKeys((row as Account).crmLinks);
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as BackupTables[T][number];
}

export function emptyTables(): BackupTables {
  return {
    reps: [],
    accounts: [],
    skills: [],
    observations: [],
    plans: [],
    strategies: [],
    results: [],
    timeEntries: [],
  };
}

export function countTables(tables: BackupTables): Record<TableName, number> {
  return Object.fromEntries(tableNames.map((name) => [name, tables[name].length])) as Record<TableName, number>;
}

export { schemaVersion, tableNames, type TableName };
