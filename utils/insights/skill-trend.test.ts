import { describe, expect, it } from 'vitest';
import { scoreOf, scoreTable } from './skill-scores';
import { skillTrendSeries } from './skill-trend';
import { now, observation } from '@/tests/support/insight-fixtures';

// `now` is 15 Aug 2026, noon local time: the last three months are June, July and August.
const june11 = new Date(2026, 5, 11, 12).getTime();
const june21 = new Date(2026, 5, 21, 12).getTime();
const aug5 = new Date(2026, 7, 5, 12).getTime();
const skills = [
  { skillId: 'discovery', skillName: 'Discovery' },
  { skillId: 'closing', skillName: 'Closing' },
];
const observations = [
  observation('r', june11, [{ skillId: 'discovery', score: 2 }]),
  observation('r', june21, [{ skillId: 'discovery', score: 3 }]),
  observation('r', aug5, [{ skillId: 'discovery', score: 4 }]),
  // Another rep's rating in the same month must not count.
  observation('other', june21, [{ skillId: 'discovery', score: 1 }]),
];

describe('skillTrendSeries', () => {
  const [discovery, closing] = skillTrendSeries('r', observations, skills, now, 10, 3);

  it('has one point per month, oldest first, for every skill', () => {
    expect(discovery!.points.map((point) => point.month)).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(closing!.points.map((point) => point.month)).toEqual(['2026-06', '2026-07', '2026-08']);
  });

  it("gives each month's plain mean and count, null in a month without ratings", () => {
    expect(discovery!.points.map((point) => point.monthMean)).toEqual([2.5, null, 4]);
    expect(discovery!.points.map((point) => point.ratings)).toEqual([2, 0, 1]);
    expect(discovery!.ratingsInWindow).toBe(3);
  });

  it('gives the recency-weighted score at the end of each month with ratings', () => {
    // Half-life 10 days. The June ratings are 10 days apart, so at any later moment the 21 June one
    // weighs twice the 11 June one: (2·1 + 3·2) / 3 = 2.667 at the end of June.
    expect(discovery!.points[0]!.score).toBeCloseTo(8 / 3, 10);
    expect(discovery!.points[0]!.measured).toBe(true);
    // On 15 Aug the ages are 65, 55 and 10 days: weights 2^-6.5, 2^-5.5, 2^-1. Times 2^6.5:
    // (2·1 + 3·2 + 4·2^5.5) / (1 + 2 + 2^5.5) = (8 + 181.02) / 48.25 = 3.917.
    expect(discovery!.points[2]!.score).toBeCloseTo(3.917, 3);
  });

  it('does not carry the last score into a month without ratings', () => {
    // July has no rating: no score is drawn there as if measured.
    expect(discovery!.points[1]).toMatchObject({ month: '2026-07', score: null, measured: false, ratings: 0 });
  });

  it('ends on the score the skill table shows today', () => {
    const table = scoreTable(observations, now, 10);
    expect(discovery!.points[2]!.score).toBe(scoreOf(table, 'r', 'discovery').score);
  });

  it('leaves a skill never rated empty', () => {
    expect(closing!.points.every((point) => point.score === null && point.monthMean === null && !point.measured)).toBe(
      true,
    );
    expect(closing!.ratingsInWindow).toBe(0);
  });

  it('carries a score from before the window into its first month', () => {
    const [series] = skillTrendSeries('r', observations, skills.slice(0, 1), now, 10, 1);
    expect(series!.points).toHaveLength(1);
    expect(series!.points[0]!.monthMean).toBe(4);
    expect(series!.ratingsInWindow).toBe(1);
    expect(series!.points[0]!.score).toBeCloseTo(3.917, 3);
  });

  it('rejects a bad half-life or month count', () => {
    expect(() => skillTrendSeries('r', observations, skills, now, 0)).toThrow(RangeError);
    expect(() => skillTrendSeries('r', observations, skills, now, 90, 0)).toThrow(RangeError);
  });
});
