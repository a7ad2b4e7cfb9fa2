import type { Skill } from '../schemas';
import { isCurrent, scoreOf, type ScoreTable } from './skill-scores';
import { defaultBenchmarkLevel, minBenchmarkRatings } from './settings';

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
  /** The only star behind the value: the benchmark is one person's score. Null otherwise. */
  soleStar: { repId: string; name: string } | null;
  /** Rests on fewer than 3 ratings: said where the benchmark is shown. False for the default. */
  fewRatings: boolean;
}

/** The level-3 benchmark used for a skill no current star score stands behind. */
export function defaultBenchmark(skillId: string): SkillBenchmark {
  return {
    skillId,
    value: defaultBenchmarkLevel,
    source: 'default-level-3',
    starCount: 0,
    evidence: 0,
    soleStar: null,
    fewRatings: false,
  };
}

/**
 * The star benchmark of each given skill: the plain mean of the current (rated, not stale) scores
 * of the star reps (each star counts once, whatever their number of ratings), else level 3. A
 * benchmark on one star, or on fewer than 3 ratings, carries that fact so the UI can say so.
 * O(skills × stars) map look-ups.
 */
export function starBenchmarks(
  skills: readonly Skill[],
  starRepIds: readonly string[],
  scores: ScoreTable,
  nameOf: (repId: string) => string | undefined = () => undefined,
): Map<string, SkillBenchmark> {
  const benchmarks = new Map<string, SkillBenchmark>();
  for (const skill of skills) {
    let sum = 0;
    let evidence = 0;
    const stars: string[] = [];
    for (const repId of starRepIds) {
      const score = scoreOf(scores, repId, skill.id);
      if (!isCurrent(score)) continue;
      sum += score.score;
      stars.push(repId);
      evidence += score.evidence;
    }
    benchmarks.set(
      skill.id,
      stars.length > 0
        ? {
            skillId: skill.id,
            value: sum / stars.length,
            source: 'stars',
            starCount: stars.length,
            evidence,
            soleStar: stars.length === 1 ? { repId: stars[0]!, name: nameOf(stars[0]!) ?? '' } : null,
            fewRatings: evidence < minBenchmarkRatings,
          }
        : defaultBenchmark(skill.id),
    );
  }
  return benchmarks;
}
