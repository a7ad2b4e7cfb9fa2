import { describe, expect, it } from 'vitest';
import type { SkillBenchmark } from './benchmark';
import { nextLevelOf, repGaps, suggestFocus, type SkillGap } from './gaps';
import { scoreTable } from './skill-scores';
import { daysAgo, now, observation, skill } from '@/tests/support/insight-fixtures';

const bench = (
  skillId: string,
  value: number,
  source: SkillBenchmark['source'] = 'stars',
): [string, SkillBenchmark] => [
  skillId,
  {
    skillId,
    value,
    source,
    starCount: source === 'stars' ? 2 : 0,
    evidence: source === 'stars' ? 4 : 0,
    soleStar: null,
    fewRatings: false,
  },
];

describe('nextLevelOf', () => {
  const k = skill('k', 0);
  it('is the level above the rounded-down score, capped at 4', () => {
    expect(nextLevelOf(k, 2.6)).toEqual({ currentLevel: 2, nextLevel: 3, whatGoodLooksLike: 'k level 3' });
    expect(nextLevelOf(k, 2)).toEqual({ currentLevel: 2, nextLevel: 3, whatGoodLooksLike: 'k level 3' });
    expect(nextLevelOf(k, 1)).toMatchObject({ nextLevel: 2, whatGoodLooksLike: 'k level 2' });
    expect(nextLevelOf(k, 3.9)).toMatchObject({ nextLevel: 4, whatGoodLooksLike: 'k level 4' });
    expect(nextLevelOf(k, 4)).toMatchObject({ currentLevel: 4, nextLevel: 4, whatGoodLooksLike: 'k level 4' });
    expect(nextLevelOf(k, 2.9999999999)).toMatchObject({ currentLevel: 3, nextLevel: 4 }); // floating-point noise
  });
});

describe('repGaps', () => {
  const skills = [skill('a', 0), skill('b', 1), skill('c', 2), skill('d', 3)];
  const scores = scoreTable(
    [
      observation('r', daysAgo(1), [
        { skillId: 'a', score: 2 },
        { skillId: 'b', score: 2 },
        { skillId: 'c', score: 4 },
      ]),
      observation('r', daysAgo(1), [
        { skillId: 'a', score: 2 },
        { skillId: 'b', score: 3 },
        { skillId: 'c', score: 4 },
      ]),
    ],
    now,
    90,
  );
  // r: a = 2, b = (2 + 3) / 2 = 2.5 (equal weights), c = 4, d not rated
  const benchmarks = new Map([bench('a', 3.5), bench('b', 3, 'default-level-3'), bench('c', 3.8), bench('d', 3.2)]);
  const strengths = new Map([
    ['a', 0.5],
    ['b', 0],
    ['c', 0.9],
  ]);
  const { gaps, notObserved } = repGaps('r', skills, scores, benchmarks, strengths);

  it('ranks gaps by gap × (1 + strength)', () => {
    // a: gap 3.5 − 2 = 1.5, priority 1.5 × 1.5 = 2.25; b: gap 3 − 2.5 = 0.5, priority 0.5 × 1 = 0.5
    expect(gaps.map((g) => g.skillId)).toEqual(['a', 'b']);
    expect(gaps[0]!.gap).toBeCloseTo(1.5, 10);
    expect(gaps[0]!.priority).toBeCloseTo(2.25, 10);
    expect(gaps[1]!.gap).toBeCloseTo(0.5, 10);
    expect(gaps[1]!.priority).toBeCloseTo(0.5, 10);
    expect(gaps[0]).toMatchObject({
      score: 2,
      benchmark: 3.5,
      benchmarkSource: 'stars',
      currentLevel: 2,
      nextLevel: 3,
      whatGoodLooksLike: 'a level 3',
    });
    expect(gaps[1]).toMatchObject({ benchmarkSource: 'default-level-3', whatGoodLooksLike: 'b level 3' });
  });

  it('leaves out skills at or above the benchmark and lists unrated skills apart', () => {
    expect(gaps.some((g) => g.skillId === 'c')).toBe(false); // 4 ≥ 3.8
    expect(notObserved).toEqual([{ skillId: 'd', skillName: 'Skill d' }]);
  });

  it('can rank a smaller gap first when it separates stars more', () => {
    // x: gap 1, strength 0 → 1; y: gap 0.8, strength 0.5 → 1.2
    const s = scoreTable(
      [
        observation('r', now, [
          { skillId: 'x', score: 2 },
          { skillId: 'y', score: 2 },
        ]),
      ],
      now,
      90,
    );
    const ranked = repGaps(
      'r',
      [skill('x', 0), skill('y', 1)],
      s,
      new Map([bench('x', 3), bench('y', 2.8)]),
      new Map([['y', 0.5]]),
    ).gaps;
    expect(ranked.map((g) => g.skillId)).toEqual(['y', 'x']);
    expect(ranked[0]!.priority).toBeCloseTo(1.2, 10);
  });
});

describe('suggestFocus', () => {
  const gap = (skillId: string, value: number, lowEvidence = false, stale = false): SkillGap => ({
    skillId,
    skillName: skillId,
    score: 2,
    evidence: lowEvidence ? 1 : 3,
    lowEvidence,
    stale,
    benchmark: 2 + value,
    benchmarkSource: 'stars',
    gap: value,
    strength: 0,
    priority: value,
    currentLevel: 2,
    nextLevel: 3,
    whatGoodLooksLike: '',
  });

  it('suggests a second skill only when its gap is at least half the first', () => {
    expect(suggestFocus([gap('a', 1.5), gap('b', 0.5)], new Set(), 2).map((g) => g.skillId)).toEqual(['a']); // 0.5 < 0.75
    expect(suggestFocus([gap('a', 1.5), gap('b', 0.75)], new Set(), 2).map((g) => g.skillId)).toEqual(['a', 'b']); // 0.75 ≥ 0.75
  });

  it('skips low-evidence gaps and skills already in a plan, and respects the slots', () => {
    const gaps = [gap('a', 1.5, true), gap('b', 1.2), gap('c', 1)];
    expect(suggestFocus(gaps, new Set(), 2).map((g) => g.skillId)).toEqual(['b', 'c']);
    expect(suggestFocus(gaps, new Set(['b']), 2).map((g) => g.skillId)).toEqual(['c']);
    expect(suggestFocus(gaps, new Set(), 1).map((g) => g.skillId)).toEqual(['b']);
    expect(suggestFocus(gaps, new Set(), 0)).toEqual([]);
    expect(suggestFocus([], new Set(), 2)).toEqual([]);
  });

  it('never suggests a stale skill (no rating in 120 days)', () => {
    const gaps = [gap('a', 1.5, false, true), gap('b', 1.2)];
    expect(suggestFocus(gaps, new Set(), 2).map((g) => g.skillId)).toEqual(['b']);
  });
});
