import type { Observation } from '../schemas';
import { ageDays } from './periods';
import { minConfidentEvidence, staleAfterDays, trendWindowDays } from './settings';

/** Plain means of the ratings in the last 90 days and in the 90 days before those. */
export interface SkillTrend {
  recentMean: number;
  previousMean: number;
  /** recentMean − previousMean: positive means improving. */
  delta: number;
}

export interface SkillScore {
  repId: string;
  skillId: string;
  /** Recency-weighted mean of the ratings (1–4); null when the skill was never rated. */
  score: number | null;
  /** Number of ratings behind the score. */
  evidence: number;
  /** Fewer than 2 ratings: show as "low evidence", never as a confident number. */
  lowEvidence: boolean;
  lastRatedAt: number | null;
  /**
   * No rating in the last 120 days: what the rep did then says little about today. Shown greyed,
   * left out of benchmarks, differentiators, relative strengths and suggested focus.
   */
  stale: boolean;
  /** Null when either 90-day window has no rating. */
  trend: SkillTrend | null;
}

/** repId → skillId → score. Only rated pairs are present; `scoreOf` fills in the rest. */
export type ScoreTable = ReadonlyMap<string, ReadonlyMap<string, SkillScore>>;

/** A rating made at `age` days counts `0.5 ^ (age / halfLife)`; a future date counts as today (weight 1). */
export function recencyWeight(ageInDays: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new RangeError(`half-life must be a positive number of days, got ${halfLifeDays}`);
  }
  return 0.5 ** (Math.max(0, ageInDays) / halfLifeDays);
}

interface Accumulator {
  weightSum: number;
  weightedSum: number;
  plainSum: number;
  count: number;
  recentSum: number;
  recentCount: number;
  previousSum: number;
  previousCount: number;
  lastRatedAt: number;
  min: number;
  max: number;
}

function newAccumulator(): Accumulator {
  return {
    weightSum: 0,
    weightedSum: 0,
    plainSum: 0,
    count: 0,
    recentSum: 0,
    recentCount: 0,
    previousSum: 0,
    previousCount: 0,
    lastRatedAt: -Infinity,
    min: Infinity,
    max: -Infinity,
  };
}

function add(acc: Accumulator, score: number, observedAt: number, age: number, weight: number): void {
  acc.weightSum += weight;
  acc.weightedSum += weight * score;
  acc.plainSum += score;
  acc.count += 1;
  if (age < trendWindowDays) {
    acc.recentSum += score;
    acc.recentCount += 1;
  } else if (age < 2 * trendWindowDays) {
    acc.previousSum += score;
    acc.previousCount += 1;
  }
  if (observedAt > acc.lastRatedAt) acc.lastRatedAt = observedAt;
  if (score < acc.min) acc.min = score;
  if (score > acc.max) acc.max = score;
}

function clampLevel(value: number): number {
  // A weighted mean of levels 1–4 lies in [1, 4]; clamping removes floating-point overshoot (4.0000000001).
  return Math.min(4, Math.max(1, value));
}

function finish(repId: string, skillId: string, acc: Accumulator, now: number): SkillScore {
  if (acc.count === 0) return emptySkillScore(repId, skillId);
  // Equal ratings give exactly that level (w·3 / w can be 3.0000000000000004). Ratings centuries
  // old could underflow every weight to 0; the plain mean stands in then.
  const mean =
    acc.min === acc.max ? acc.min : acc.weightSum > 0 ? acc.weightedSum / acc.weightSum : acc.plainSum / acc.count;
  let trend: SkillTrend | null = null;
  if (acc.recentCount > 0 && acc.previousCount > 0) {
    const recentMean = acc.recentSum / acc.recentCount;
    const previousMean = acc.previousSum / acc.previousCount;
    trend = { recentMean, previousMean, delta: recentMean - previousMean };
  }
  return {
    repId,
    skillId,
    score: clampLevel(mean),
    evidence: acc.count,
    lowEvidence: acc.count < minConfidentEvidence,
    lastRatedAt: acc.lastRatedAt,
    stale: isStale(acc.lastRatedAt, now),
    trend,
  };
}

/** Whether a skill last rated at `lastRatedAt` is stale at `now`: more than 120 days ago (exactly 120 is still current). */
export function isStale(lastRatedAt: number, now: number): boolean {
  return ageDays(lastRatedAt, now) > staleAfterDays;
}

export function emptySkillScore(repId: string, skillId: string): SkillScore {
  return { repId, skillId, score: null, evidence: 0, lowEvidence: true, lastRatedAt: null, stale: false, trend: null };
}

/** A score that may stand in a comparison: rated, and not stale. */
export function isCurrent(score: SkillScore): score is SkillScore & { score: number } {
  return score.score !== null && !score.stale;
}

/** One rep's score on one skill from that skill's ratings (each with the time it was observed). */
export function skillScore(
  repId: string,
  skillId: string,
  ratings: readonly { score: number; observedAt: number }[],
  now: number,
  halfLifeDays: number,
): SkillScore {
  recencyWeight(0, halfLifeDays); // rejects a bad half-life even without ratings
  const acc = newAccumulator();
  for (const rating of ratings) {
    const age = ageDays(rating.observedAt, now);
    add(acc, rating.score, rating.observedAt, age, recencyWeight(age, halfLifeDays));
  }
  return finish(repId, skillId, acc, now);
}

/**
 * Every rep's score on every rated skill, in one pass over the observations: O(total ratings)
 * time, O(rated rep × skill pairs) memory. Input order does not matter.
 */
export function scoreTable(observations: readonly Observation[], now: number, halfLifeDays: number): ScoreTable {
  recencyWeight(0, halfLifeDays); // rejects a bad half-life even without ratings
  const accumulators = new Map<string, Map<string, Accumulator>>();
  for (const obs of observations) {
    if (obs.ratings.length === 0) continue;
    // One weight per observation, shared by its ratings.
    const age = ageDays(obs.observedAt, now);
    const weight = recencyWeight(age, halfLifeDays);
    let bySkill = accumulators.get(obs.repId);
    if (!bySkill) {
      bySkill = new Map();
      accumulators.set(obs.repId, bySkill);
    }
    for (const rating of obs.ratings) {
      let acc = bySkill.get(rating.skillId);
      if (!acc) {
        acc = newAccumulator();
        bySkill.set(rating.skillId, acc);
      }
      add(acc, rating.score, obs.observedAt, age, weight);
    }
  }
  const table = new Map<string, Map<string, SkillScore>>();
  for (const [repId, bySkill] of accumulators) {
    const scores = new Map<string, SkillScore>();
    for (const [skillId, acc] of bySkill) scores.set(skillId, finish(repId, skillId, acc, now));
    table.set(repId, scores);
  }
  return table;
}

/** A rep's score on a skill, or the "not observed" score when there is none. */
export function scoreOf(table: ScoreTable, repId: string, skillId: string): SkillScore {
  return table.get(repId)?.get(skillId) ?? emptySkillScore(repId, skillId);
}
