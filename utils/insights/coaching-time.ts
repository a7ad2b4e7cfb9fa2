import { activities, coachingActivities, type Activity, type TimeEntry, type Tier } from '../schemas';
import { isDayInMonth } from './periods';

/** Time spent with one rep: observing them and coaching them (account strategy is about the account). */
export const repCoachingActivities: readonly Activity[] = ['observing', 'coaching'];

function isRepCoaching(entry: TimeEntry): entry is TimeEntry & { repId: string } {
  return entry.repId !== undefined && repCoachingActivities.includes(entry.activity);
}

/** Minutes of observing + coaching per rep in a month (`YYYY-MM`, see `monthOf`). O(entries). */
export function coachingMinutesByRep(timeEntries: readonly TimeEntry[], month: string): Map<string, number> {
  const minutes = new Map<string, number>();
  for (const entry of timeEntries) {
    if (!isRepCoaching(entry) || !isDayInMonth(entry.day, month)) continue;
    minutes.set(entry.repId, (minutes.get(entry.repId) ?? 0) + entry.minutes);
  }
  return minutes;
}

export interface RepCoachingTime {
  repId: string;
  month: string;
  minutes: number;
  targetMinutes: number;
  /** minutes / target, may exceed 1. */
  progress: number;
  met: boolean;
}

export function repCoachingTime(repId: string, month: string, minutes: number, targetMinutes: number): RepCoachingTime {
  return {
    repId,
    month,
    minutes,
    targetMinutes,
    progress: targetMinutes > 0 ? minutes / targetMinutes : 1,
    met: minutes >= targetMinutes,
  };
}

export interface ManagerTimeShare {
  month: string;
  /** Observing + coaching + account strategy. */
  coachingMinutes: number;
  /** Every activity. */
  totalMinutes: number;
  /** coachingMinutes / totalMinutes; null when no time was logged. */
  share: number | null;
  target: number;
  /** Null when no time was logged. */
  belowTarget: boolean | null;
  minutesByActivity: Record<Activity, number>;
}

/** The manager's share of logged time on coaching activities in a month, vs the target. O(entries). */
export function managerTimeShare(timeEntries: readonly TimeEntry[], month: string, target: number): ManagerTimeShare {
  const minutesByActivity = Object.fromEntries(activities.map((activity) => [activity, 0])) as Record<Activity, number>;
  let totalMinutes = 0;
  let coachingMinutes = 0;
  for (const entry of timeEntries) {
    if (!isDayInMonth(entry.day, month)) continue;
    minutesByActivity[entry.activity] += entry.minutes;
    totalMinutes += entry.minutes;
    if (coachingActivities.includes(entry.activity)) coachingMinutes += entry.minutes;
  }
  const share = totalMinutes > 0 ? coachingMinutes / totalMinutes : null;
  return {
    month,
    coachingMinutes,
    totalMinutes,
    share,
    target,
    belowTarget: share === null ? null : share < target,
    minutesByActivity,
  };
}

export interface CoreCoachingShare {
  month: string;
  /** Rep coaching minutes on reps whose tier is core. */
  coreMinutes: number;
  /** Rep coaching minutes on reps with a known tier (star, core, developing): the denominator. */
  tieredMinutes: number;
  /** Rep coaching minutes on reps whose tier is unset (or unknown reps): reported, not in the share. */
  untieredMinutes: number;
  /** coreMinutes / tieredMinutes; null when there is no coaching time on tiered reps. */
  share: number | null;
  /** Active core reps: the numerator of the fair share. */
  coreReps: number;
  /** Active reps with a tier: the denominator of the fair share. */
  tieredReps: number;
  /** The core reps' fair share of coaching: coreReps / tieredReps; null with no tiered rep. */
  target: number | null;
  /** Core reps got less than their fair share. Only when there is coaching time and a target. */
  flagged: boolean;
}

/** Active reps per tier, for the fair share. */
export interface TierCounts {
  star: number;
  core: number;
  developing: number;
}

/**
 * The share of rep coaching time (observing + coaching with a rep) that went to core reps in a
 * month, against their fair share: the core reps' share of the reps with a tier. A fixed target
 * (say 60%) cannot be met by a team whose core is 5 of 9 reps; the fair share is met exactly by
 * coaching every rep equally. Reps without a tier are left out of both: with no tiers yet, every
 * minute would otherwise count as "not core" and raise a false flag. O(reps in the map).
 */
export function coreCoachingShare(
  minutesByRep: ReadonlyMap<string, number>,
  tierOf: (repId: string) => Tier | undefined,
  month: string,
  counts: TierCounts,
): CoreCoachingShare {
  let coreMinutes = 0;
  let tieredMinutes = 0;
  let untieredMinutes = 0;
  for (const [repId, minutes] of minutesByRep) {
    const tier = tierOf(repId) ?? 'unset';
    if (tier === 'unset') {
      untieredMinutes += minutes;
      continue;
    }
    tieredMinutes += minutes;
    if (tier === 'core') coreMinutes += minutes;
  }
  const share = tieredMinutes > 0 ? coreMinutes / tieredMinutes : null;
  const tieredReps = counts.star + counts.core + counts.developing;
  const target = tieredReps > 0 ? counts.core / tieredReps : null;
  return {
    month,
    coreMinutes,
    tieredMinutes,
    untieredMinutes,
    share,
    coreReps: counts.core,
    tieredReps,
    target,
    // Equal coaching gives exactly the fair share: floating-point noise must not flag it.
    flagged: share !== null && target !== null && share < target - 1e-9,
  };
}
