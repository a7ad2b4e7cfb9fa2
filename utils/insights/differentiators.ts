import type { Skill } from '../schemas';
import { resultsLink, type ResultsLink } from './correlation';
import { differentiatorSummary } from './sentences';
import { minRepsForCorrelation } from './settings';
import { isCurrent, scoreOf, type ScoreTable } from './skill-scores';
import { spearman } from './spearman';

export interface Differentiator {
  skillId: string;
  skillName: string;
  /** Plain mean over the star reps with a current score on the skill; null when none has. */
  starMean: number | null;
  starCount: number;
  coreMean: number | null;
  coreCount: number;
  /** starMean − coreMean; null unless both sides are rated. */
  difference: number | null;
  /** max(0, difference) / 3 clipped to [0, 1]: 0 when stars are no better, 1 when 3 levels (the whole scale) apart. */
  strength: number;
  /** Whether the skill goes with results, in words (never shown as a bare coefficient). */
  link: ResultsLink;
  /** "Stars score 1.4 higher on Discovery & need development (5 stars, 9 core)". */
  summary: string;
}

/** How much a skill separates stars from core, on [0, 1]; see `Differentiator.strength`. */
export function differentiatorStrength(difference: number | null): number {
  if (difference === null) return 0;
  return Math.min(1, Math.max(0, difference) / 3);
}

function meanScore(
  repIds: readonly string[],
  skillId: string,
  scores: ScoreTable,
): { mean: number | null; count: number } {
  let sum = 0;
  let count = 0;
  for (const repId of repIds) {
    const score = scoreOf(scores, repId, skillId);
    if (!isCurrent(score)) continue;
    sum += score.score;
    count += 1;
  }
  return { mean: count > 0 ? sum / count : null, count };
}

/**
 * What the stars do differently, one entry per given skill in the given order. Current scores only
 * (a stale one says little about today); a single rating counts (each rep once), like the star
 * benchmark. The link with results uses every rep in `rankedRepIds` (the active team) with a
 * current score and a mean attainment, and is judged only from 8 such reps. O(skills × reps).
 */
export function differentiators(
  skills: readonly Skill[],
  groups: { star: readonly string[]; core: readonly string[] },
  rankedRepIds: readonly string[],
  scores: ScoreTable,
  attainment: ReadonlyMap<string, number>,
): Differentiator[] {
  return skills.map((skill) => {
    const stars = meanScore(groups.star, skill.id, scores);
    const core = meanScore(groups.core, skill.id, scores);
    const difference = stars.mean !== null && core.mean !== null ? stars.mean - core.mean : null;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const repId of rankedRepIds) {
      const score = scoreOf(scores, repId, skill.id);
      const pct = attainment.get(repId);
      if (!isCurrent(score) || pct === undefined) continue;
      xs.push(score.score);
      ys.push(pct);
    }
    const n = xs.length;
    const rho = n >= minRepsForCorrelation ? spearman(xs, ys) : null;
    return {
      skillId: skill.id,
      skillName: skill.name,
      starMean: stars.mean,
      starCount: stars.count,
      coreMean: core.mean,
      coreCount: core.count,
      difference,
      strength: differentiatorStrength(difference),
      link: resultsLink(rho, n, minRepsForCorrelation),
      summary: differentiatorSummary({
        skillName: skill.name,
        starCount: stars.count,
        coreCount: core.count,
        difference,
      }),
    };
  });
}
