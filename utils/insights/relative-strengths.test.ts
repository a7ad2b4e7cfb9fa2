import { describe, expect, it } from 'vitest';
import { relativeStrengths } from './relative-strengths';
import { emptySkillScore, type SkillScore } from './skill-scores';

const scored = (skillId: string, score: number, stale = false): SkillScore => ({
  ...emptySkillScore('r', skillId),
  score,
  evidence: 3,
  lowEvidence: false,
  lastRatedAt: 0,
  stale,
});

describe('relativeStrengths', () => {
  it("compares each skill with the rep's own mean, so a generous rater's halo cancels out", () => {
    // A star rated 4, 4, 3.5, 2.5: own mean 3.5. Absolute scores all look strong; relative ones
    // show Closing (2.5) as this rep's weak spot.
    const result = relativeStrengths([scored('a', 4), scored('b', 4), scored('c', 3.5), scored('d', 2.5)]);
    expect(result.get('a')).toEqual({ skillId: 'a', relative: 0.5, label: 'stronger' });
    expect(result.get('c')).toEqual({ skillId: 'c', relative: 0, label: 'average' });
    expect(result.get('d')).toEqual({ skillId: 'd', relative: -1, label: 'weaker' });
  });

  it('puts the band edge (±0.25) on the stronger and weaker side', () => {
    // mean (3.25 + 2.75) / 2 = 3: +0.25 and −0.25
    const result = relativeStrengths([scored('a', 3.25), scored('b', 2.75)]);
    expect(result.get('a')!.label).toBe('stronger');
    expect(result.get('b')!.label).toBe('weaker');
    // ±0.2 is about average
    const close = relativeStrengths([scored('a', 3.2), scored('b', 2.8)]);
    expect(close.get('a')!.label).toBe('average');
  });

  it('leaves stale and unrated skills out of the mean and gives them no entry', () => {
    // current: 3 and 2 → mean 2.5; the stale 1 and the unrated skill are ignored
    const result = relativeStrengths([scored('a', 3), scored('b', 2), scored('c', 1, true), emptySkillScore('r', 'd')]);
    expect(result.get('a')!.relative).toBe(0.5);
    expect(result.get('b')!.relative).toBe(-0.5);
    expect(result.has('c')).toBe(false);
    expect(result.has('d')).toBe(false);
  });

  it('needs two current scores: one alone has nothing to compare with', () => {
    expect(relativeStrengths([scored('a', 3), scored('b', 2, true)]).size).toBe(0);
  });
});
