import type { Observation, Rep } from '../schemas';
import { dayMs } from './periods';

export interface Cadence {
  repId: string;
  lastObservedAt: number | null;
  /** Whole days since the last observation (floor); 0 for a future date; null when never observed. */
  daysSince: number | null;
  /** More than the target days since the last observation, or never observed and added longer ago than that. */
  overdue: boolean;
  /** Never observed and added within the target days: nothing is due yet, nor coaching time behind. */
  justAdded: boolean;
  targetDays: number;
}

/** The latest observedAt per rep, in one pass: O(observations). */
export function lastObservedByRep(observations: readonly Observation[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const obs of observations) {
    const previous = last.get(obs.repId);
    if (previous === undefined || obs.observedAt > previous) last.set(obs.repId, obs.observedAt);
  }
  return last;
}

/**
 * Exactly `targetDays` days since is still on time; one more is overdue. A rep never observed is
 * overdue once they were added more than `targetDays` days ago (`addedAt`), or always when it is unknown.
 */
export function cadenceOf(
  repId: string,
  lastObservedAt: number | null,
  now: number,
  targetDays: number,
  addedAt?: number,
): Cadence {
  if (lastObservedAt === null) {
    const justAdded = addedAt !== undefined && Math.floor(Math.max(0, now - addedAt) / dayMs) <= targetDays;
    return { repId, lastObservedAt, daysSince: null, overdue: !justAdded, justAdded, targetDays };
  }
  const daysSince = Math.floor(Math.max(0, now - lastObservedAt) / dayMs);
  return { repId, lastObservedAt, daysSince, overdue: daysSince > targetDays, justAdded: false, targetDays };
}

/** Cadence of the active reps, most overdue first (never observed, then longest ago), then by name. */
export function teamCadence(
  reps: readonly Rep[],
  lastObserved: ReadonlyMap<string, number>,
  now: number,
  targetDays: number,
): Cadence[] {
  const names = new Map(reps.map((rep) => [rep.id, rep.name]));
  return reps
    .filter((rep) => rep.active)
    .map((rep) => cadenceOf(rep.id, lastObserved.get(rep.id) ?? null, now, targetDays, rep.addedAt))
    .sort(
      (a, b) =>
        (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) ||
        (names.get(a.repId) ?? '').localeCompare(names.get(b.repId) ?? ''),
    );
}
