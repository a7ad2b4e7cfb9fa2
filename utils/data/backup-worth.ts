import type { CoachLensDb } from '../db/app-db';
import type { Observation } from '../schemas';

/** So many reps, accounts and observations are worth a backup, however new. */
export const backupWorthRows = 20;
/** A week after the first observation was logged, the data is worth a backup. */
export const backupWorthDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

/** What decides whether there is data worth backing up yet. */
export interface BackupWorth {
  /** Reps, accounts and observations. */
  rows: number;
  /** When the first observation was logged (epoch ms); `null` with none. */
  firstObservationAt: number | null;
}

/**
 * True once losing the data would hurt: `backupWorthRows` rows, or a first observation logged
 * `backupWorthDays` days ago. A manager who has just added the team is not asked for a backup.
 */
export function worthBackingUp({ rows, firstObservationAt }: BackupWorth, now: number): boolean {
  if (rows >= backupWorthRows) return true;
  return firstObservationAt !== null && now - firstObservationAt >= backupWorthDays * dayMs;
}

/** The first observation logged, from rows already in memory. */
export function firstObservationAt(observations: readonly Pick<Observation, 'createdAt'>[]): number | null {
  let first: number | null = null;
  for (const observation of observations)
    if (first === null || observation.createdAt < first) first = observation.createdAt;
  return first;
}

/**
 * Reads the worth from the database without loading a large team: three counts, and the
 * observations themselves only while there are fewer than `backupWorthRows` rows in all.
 */
export async function readBackupWorth(db: CoachLensDb): Promise<BackupWorth> {
  const [reps, accounts, observations] = await Promise.all([
    db.reps.count(),
    db.accounts.count(),
    db.observations.count(),
  ]);
  const rows = reps + accounts + observations;
  if (rows >= backupWorthRows || observations === 0) return { rows, firstObservationAt: null };
  return { rows, firstObservationAt: firstObservationAt(await db.observations.toArray()) };
}
