import { isCurrent, type SkillScore } from './skill-scores';

/** Below this distance from the rep's own mean, a skill is "about their average". */
export const relativeBand = 0.25;

export type RelativeLabel = 'stronger' | 'average' | 'weaker';

export interface RelativeStrength {
  skillId: string;
  /** Score minus the rep's own mean over their current scores. */
  relative: number;
  label: RelativeLabel;
}

/**
 * Each current skill score against the rep's own mean of current scores. A manager who rates a
 * strong performer generously on everything (halo) lifts every score alike; the difference from
 * the rep's own mean is what stays strong or weak for this rep. Needs 2 current scores (with one,
 * there is nothing to compare with); stale and unrated skills get no entry. O(skills).
 */
export function relativeStrengths(scores: readonly SkillScore[]): Map<string, RelativeStrength> {
  const current = scores.filter(isCurrent);
  const strengths = new Map<string, RelativeStrength>();
  if (current.length < 2) return strengths;
  const mean = current.reduce((sum, score) => sum + score.score, 0) / current.length;
  for (const score of current) {
    const relative = score.score - mean;
    // Rounded to hundredths first, so ±0.25 exactly (as shown) sits on the band's edge both ways.
    const shown = Math.round(relative * 100) / 100;
    const label: RelativeLabel = shown >= relativeBand ? 'stronger' : shown <= -relativeBand ? 'weaker' : 'average';
    strengths.set(score.skillId, { skillId: score.skillId, relative, label });
  }
  return strengths;
}
