import { describe, expect, it } from 'vitest';
import { starBenchmarks } from './benchmark';
import { scoreTable } from './skill-scores';
import { daysAgo, now, observation, skill } from '@/tests/support/insight-fixtures';

describe('starBenchmarks', () => {
  const skills = [skill('a', 0), skill('b', 1)];
  const scores = scoreTable(
    [
      observation('s1', daysAgo(1), [{ skillId: 'a', score: 4 }]),
      observation('s1', daysAgo(2), [{ skillId: 'a', score: 4 }]),
      observation('s2', daysAgo(1), [{ skillId: 'a', score: 3 }]),
      observation('core', daysAgo(1), [{ skillId: 'b', score: 4 }]),
    ],
    now,
    90,
  );

  it('is the mean of the star reps rated on the skill', () => {
    // s1 = 4 (two ratings), s2 = 3 (one rating): (4 + 3) / 2 = 3.5, from 2 stars and 3 ratings
    expect(starBenchmarks(skills, ['s1', 's2', 's3'], scores).get('a')).toEqual({
      skillId: 'a',
      value: 3.5,
      source: 'stars',
      starCount: 2,
      evidence: 3,
      soleStar: null,
      fewRatings: false, // 3 ratings: enough
    });
  });

  it('falls back to level 3 when no star is rated on the skill', () => {
    // only a core rep is rated on b
    expect(starBenchmarks(skills, ['s1', 's2'], scores).get('b')).toEqual({
      skillId: 'b',
      value: 3,
      source: 'default-level-3',
      starCount: 0,
      evidence: 0,
      soleStar: null,
      fewRatings: false,
    });
  });

  it('says when it rests on one star or on fewer than 3 ratings', () => {
    // A 6-rep team has one star (round(6 × 20%) = 1): the benchmark is that star's score.
    const names = (repId: string) => ({ s1: 'Maya' })[repId];
    expect(starBenchmarks(skills, ['s1'], scores, names).get('a')).toMatchObject({
      value: 4,
      starCount: 1,
      evidence: 2,
      soleStar: { repId: 's1', name: 'Maya' },
      fewRatings: true, // 2 ratings < 3
    });
  });

  it('leaves out a star whose only rating is stale (older than 120 days)', () => {
    const withOld = scoreTable(
      [
        observation('s1', daysAgo(1), [{ skillId: 'a', score: 3 }]),
        observation('s2', daysAgo(121), [{ skillId: 'a', score: 1 }]),
        observation('s3', daysAgo(120), [{ skillId: 'a', score: 4 }]), // exactly 120 days: still current
      ],
      now,
      90,
    );
    expect(starBenchmarks(skills, ['s1', 's2', 's3'], withOld).get('a')).toMatchObject({
      value: 3.5, // (3 + 4) / 2, not (3 + 1 + 4) / 3
      starCount: 2,
      evidence: 2,
      fewRatings: true,
    });
  });

  it('falls back to level 3 when there are no stars at all', () => {
    const benchmarks = starBenchmarks(skills, [], scores);
    expect([...benchmarks.values()].map((b) => [b.value, b.source])).toEqual([
      [3, 'default-level-3'],
      [3, 'default-level-3'],
    ]);
  });
});
