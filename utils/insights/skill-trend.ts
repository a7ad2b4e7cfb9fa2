import type { Observation } from '../schemas';
import type { SkillRef } from './input';
import { monthOf } from './periods';
import { recencyWeight, skillScore } from './skill-scores';

/** How many calendar months the rep page's trend chart covers, the current one included. */
export const skillTrendMonths = 6;

export interface SkillTrendPoint {
  /** Local calendar month, `YYYY-MM` (see `monthOf`). */
  month: string;
  /** Plain mean of the ratings made in this month; null when the skill was not rated in it. */
  monthMean: number | null;
  /** How many ratings were made in this month. */
  ratings: number;
  /**
   * The recency-weighted score as it stood at the month's end (now, for the current month): every
   * rating up to then, each weighted by its age at that moment. Null in a month without ratings:
   * carrying the last score forward would draw evidence nobody collected.
   */
  score: number | null;
  /** The skill was rated in this month: `score` rests on something seen then. */
  measured: boolean;
}

export interface SkillTrendSeries extends SkillRef {
  /** Oldest month first; always `months` points, so every skill shares one time axis. */
  points: SkillTrendPoint[];
  /** Ratings inside the charted months. */
  ratingsInWindow: number;
}

/** Local midnight on the 1st of the month `offset` months after the month of `now`. */
function monthStart(now: number, offset: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth() + offset, 1).getTime();
}

/**
 * How one rep's skills moved over the last `months` calendar months: per skill and month with
 * ratings, the mean of that month's ratings and the recency-weighted score at the month's end. `observations`
 * are the rep's (other reps' rows would be counted too). O(skills × months × the rep's ratings),
 * small for one rep.
 */
export function skillTrendSeries(
  repId: string,
  observations: readonly Observation[],
  skills: readonly SkillRef[],
  now: number,
  halfLifeDays: number,
  months: number = skillTrendMonths,
): SkillTrendSeries[] {
  recencyWeight(0, halfLifeDays); // rejects a bad half-life even without ratings
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  const windows = Array.from({ length: months }, (_, index) => {
    const offset = index - months + 1;
    const start = monthStart(now, offset);
    const end = monthStart(now, offset + 1);
    return { month: monthOf(start), start, end, asOf: Math.min(now, end) };
  });
  const ratingsBySkill = new Map<string, { score: number; observedAt: number }[]>();
  for (const obs of observations) {
    if (obs.repId !== repId) continue;
    for (const rating of obs.ratings) {
      const list = ratingsBySkill.get(rating.skillId) ?? [];
      list.push({ score: rating.score, observedAt: obs.observedAt });
      ratingsBySkill.set(rating.skillId, list);
    }
  }
  return skills.map(({ skillId, skillName }) => {
    const ratings = ratingsBySkill.get(skillId) ?? [];
    let ratingsInWindow = 0;
    const points = windows.map((window): SkillTrendPoint => {
      const inMonth = ratings.filter((rating) => rating.observedAt >= window.start && rating.observedAt < window.end);
      const upToEnd = ratings.filter((rating) => rating.observedAt < window.end);
      ratingsInWindow += inMonth.length;
      return {
        month: window.month,
        monthMean:
          inMonth.length === 0 ? null : inMonth.reduce((sum, rating) => sum + rating.score, 0) / inMonth.length,
        ratings: inMonth.length,
        score: inMonth.length === 0 ? null : skillScore(repId, skillId, upToEnd, window.asOf, halfLifeDays).score,
        measured: inMonth.length > 0,
      };
    });
    return { skillId, skillName, points, ratingsInWindow };
  });
}
