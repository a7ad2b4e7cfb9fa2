import type { Skill } from '../schemas';
import type { SkillBenchmark } from './benchmark';
import type { SkillRef } from './input';
import { defaultBenchmarkLevel } from './settings';
import { scoreOf, type ScoreTable } from './skill-scores';

/** Treats 2.9999999999 (floating-point noise on a mean of 3s) as level 3. */
const levelEpsilon = 1e-9;

export interface NextLevel {
  /** The rep's level rounded down (1–4). */
  currentLevel: number;
  /** The level above it, capped at 4. */
  nextLevel: number;
  /** That level's behavioural anchor: "what good looks like". */
  whatGoodLooksLike: string;
}

/** The next level's behaviour for a score: level floor(score) + 1, capped at 4 (score 2.6 → level 3's anchor). */
export function nextLevelOf(skill: Skill, score: number): NextLevel {
  const currentLevel = Math.min(4, Math.max(1, Math.floor(score + levelEpsilon)));
  const nextLevel = Math.min(4, currentLevel + 1);
  return { currentLevel, nextLevel, whatGoodLooksLike: skill.levels[nextLevel - 1] ?? '' };
}

export interface SkillGap extends SkillRef, NextLevel {
  score: number;
  evidence: number;
  lowEvidence: boolean;
  /** No rating in 120 days: shown, never suggested as focus. */
  stale: boolean;
  benchmark: number;
  benchmarkSource: SkillBenchmark['source'];
  /** max(0, benchmark − score). */
  gap: number;
  /** Differentiator strength of the skill, [0, 1]. */
  strength: number;
  /** gap × (1 + strength): the ranking key. */
  priority: number;
}

export interface RepGaps {
  /** Skills where the rep is below the benchmark, highest priority first. */
  gaps: SkillGap[];
  /** Active skills the rep has no rating on: unknown, not a gap. */
  notObserved: SkillRef[];
}

/**
 * A rep's gaps over the given skills (pass the active ones, in order). Ranked by priority, then gap,
 * then the skills' order. Skills at or above the benchmark are not gaps. O(skills log skills).
 */
export function repGaps(
  repId: string,
  skills: readonly Skill[],
  scores: ScoreTable,
  benchmarks: ReadonlyMap<string, SkillBenchmark>,
  strengths: ReadonlyMap<string, number>,
): RepGaps {
  const gaps: SkillGap[] = [];
  const notObserved: SkillRef[] = [];
  skills.forEach((skill) => {
    const score = scoreOf(scores, repId, skill.id);
    if (score.score === null) {
      notObserved.push({ skillId: skill.id, skillName: skill.name });
      return;
    }
    const benchmark = benchmarks.get(skill.id);
    const benchmarkValue = benchmark?.value ?? defaultBenchmarkLevel;
    const gap = Math.max(0, benchmarkValue - score.score);
    if (gap <= levelEpsilon) return;
    const strength = strengths.get(skill.id) ?? 0;
    gaps.push({
      skillId: skill.id,
      skillName: skill.name,
      score: score.score,
      evidence: score.evidence,
      lowEvidence: score.lowEvidence,
      stale: score.stale,
      benchmark: benchmarkValue,
      benchmarkSource: benchmark?.source ?? 'default-level-3',
      gap,
      strength,
      priority: gap * (1 + strength),
      ...nextLevelOf(skill, score.score),
    });
  });
  const position = new Map(skills.map((skill, index) => [skill.id, index]));
  gaps.sort(
    (a, b) =>
      b.priority - a.priority || b.gap - a.gap || (position.get(a.skillId) ?? 0) - (position.get(b.skillId) ?? 0),
  );
  return { gaps, notObserved };
}

/**
 * Suggested focus skills (Rackham: one behaviour at a time, at most two): the highest-priority gap
 * that has enough evidence (2+ ratings; a single rating is not enough to build a plan on), is
 * current (rated in the last 120 days) and is not already in an active plan; a second one only
 * when its gap is at least half the first's.
 * `slots` is how many may be suggested (2 minus the rep's active plan skills, never below 0).
 */
export function suggestFocus(
  gaps: readonly SkillGap[],
  excludeSkillIds: ReadonlySet<string>,
  slots: number,
): SkillGap[] {
  const candidates = gaps.filter((gap) => !gap.lowEvidence && !gap.stale && !excludeSkillIds.has(gap.skillId));
  const first = candidates[0];
  if (!first || slots < 1) return [];
  const second = candidates[1];
  if (slots >= 2 && second && second.gap >= first.gap / 2) return [first, second];
  return [first];
}
