import type { Skill } from '../schemas';
import { scoreOf, type ScoreTable } from './skill-scores';
import { defaultBenchmarkLevel } from './settings';

export interface SkillBenchmark {
  skillId: string;
  /** The level a rep is compared with (1–4). */
  value: number;
  /** `stars`: mean of the star reps rated on the skill; `default-level-3`: no star rated, level 3 is used. */
  source: 'stars' | 'default-level-3';
  /** Star reps behind the value (0 for the default). */
  starCount: number;
  /** Ratings behind the value, summed over those stars. */
  evidence: number;
}

/**
 * The star benchmark of each given skill: the plain mean of the scores of the star reps who have
 * at least one rating on it (each star counts once, whatever their number of ratings), else level 3.
 * O(skills × stars) map look-ups.
 */
export function starBenchmarks(
  skills: readonly Skill[],
  starRepIds: readonly string[],
  scores: ScoreTable,
): Map<string, SkillBenchmark> {
  const benchmarks = new Map<string, SkillBenchmark>();
  for (const skill of skills) {
    let sum = 0;
    let starCount = 0;
    let evidence = 0;
    for (const repId of starRepIds) {
      const score = scoreOf(scores, repId, skill.id);
      if (score.score === null) continue;
      sum += score.score;
      starCount += 1;
      evidence += score.evidence;
    }
    benchmarks.set(
      skill.id,
      starCount > 0
        ? { skillId: skill.id, value: sum / starCount, source: 'stars', starCount, evidence }
        : { skillId: skill.id, value: defaultBenchmarkLevel, source: 'default-level-3', starCount: 0, evidence: 0 },
    );
  }
  return benchmarks;
}
