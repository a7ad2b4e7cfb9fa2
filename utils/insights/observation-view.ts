import { levelNames } from '../defaults/default-skills';
import type { Account, Observation, ObservationContext, Rep, Skill } from '../schemas';

export interface RatingView {
  skillId: string;
  skillName: string;
  score: number;
  /** "Not yet" · "Developing" · "Proficient" · "Role model". */
  levelName: string;
}

export interface ObservationView {
  id: string;
  repId: string;
  repName: string | null;
  observedAt: number;
  context: ObservationContext;
  durationMin: number | null;
  accountId: string | null;
  accountName: string | null;
  /** Ratings on active skills, in the framework's order; ratings on archived or deleted skills are left out. */
  ratings: RatingView[];
  saw: string;
  keep: string;
  start: string;
  stop: string;
  sharedWithRep: boolean;
}

function newestFirst(a: Observation, b: Observation): number {
  return b.observedAt - a.observedAt || b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

/**
 * The `limit` most recent observations, newest first (ties: latest created first). One pass keeping
 * the best `limit` rows: O(n × limit), i.e. linear for the panel's 5 or 10, with no full sort.
 */
export function latestObservations(observations: readonly Observation[], limit: number): Observation[] {
  const top: Observation[] = [];
  if (limit <= 0) return top;
  for (const obs of observations) {
    const last = top[top.length - 1];
    if (top.length === limit && last && newestFirst(obs, last) >= 0) continue;
    let index = top.length;
    while (index > 0 && newestFirst(obs, top[index - 1]!) < 0) index -= 1;
    top.splice(index, 0, obs);
    if (top.length > limit) top.pop();
  }
  return top;
}

export interface ObservationLookups {
  /** Active skills only. */
  skillsById: ReadonlyMap<string, Skill>;
  accountsById: ReadonlyMap<string, Account>;
  repsById: ReadonlyMap<string, Rep>;
}

export function observationView(obs: Observation, lookups: ObservationLookups): ObservationView {
  const ratings: (RatingView & { order: number })[] = [];
  for (const rating of obs.ratings) {
    const skill = lookups.skillsById.get(rating.skillId);
    if (!skill) continue;
    ratings.push({
      skillId: skill.id,
      skillName: skill.name,
      score: rating.score,
      levelName: levelNames[rating.score - 1] ?? '',
      order: skill.order,
    });
  }
  ratings.sort((a, b) => a.order - b.order || a.skillName.localeCompare(b.skillName));
  return {
    id: obs.id,
    repId: obs.repId,
    repName: lookups.repsById.get(obs.repId)?.name ?? null,
    observedAt: obs.observedAt,
    context: obs.context,
    durationMin: obs.durationMin ?? null,
    accountId: obs.accountId ?? null,
    accountName: obs.accountId === undefined ? null : (lookups.accountsById.get(obs.accountId)?.name ?? null),
    ratings: ratings.map(({ order: _order, ...rating }) => rating),
    saw: obs.saw,
    keep: obs.keep,
    start: obs.start,
    stop: obs.stop,
    sharedWithRep: obs.sharedWithRep,
  };
}
