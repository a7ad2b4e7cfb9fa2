import { describe, expect, it } from 'vitest';
import { differentiatorStrength, differentiators } from './differentiators';
import { scoreTable } from './skill-scores';
import { daysAgo, now, observation, skill } from '@/tests/support/insight-fixtures';

describe('differentiatorStrength', () => {
  it('is max(0, difference) / 3 clipped to [0, 1]', () => {
    expect(differentiatorStrength(1.5)).toBe(0.5);
    expect(differentiatorStrength(3)).toBe(1);
    expect(differentiatorStrength(4)).toBe(1);
    expect(differentiatorStrength(-1)).toBe(0);
    expect(differentiatorStrength(null)).toBe(0);
  });
});

describe('differentiators', () => {
  const rate = (repId: string, skillId: string, score: 1 | 2 | 3 | 4) =>
    observation(repId, daysAgo(1), [{ skillId, score }]);
  const scores = scoreTable(
    [
      rate('s1', 'a', 4),
      rate('s2', 'a', 3),
      rate('c1', 'a', 2),
      rate('c2', 'a', 2),
      rate('c3', 'a', 3),
      rate('c1', 'b', 3),
      rate('c2', 'b', 3),
      rate('s1', 'c', 2),
      rate('c1', 'c', 3),
    ],
    now,
    90,
  );
  const groups = { star: ['s1', 's2'], core: ['c1', 'c2', 'c3'] };
  const team = ['s1', 's2', 'c1', 'c2', 'c3'];
  const attainment = new Map([
    ['s1', 120],
    ['s2', 110],
    ['c1', 90],
    ['c2', 95],
    ['c3', 100],
  ]);
  const skills = [
    skill('a', 0, { name: 'Discovery' }),
    skill('b', 1, { name: 'Opening' }),
    skill('c', 2, { name: 'Closing' }),
    skill('d', 3, { name: 'Unrated' }),
  ];
  const [a, b, c, d] = differentiators(skills, groups, team, scores, attainment);

  it('compares star and core means with the counts behind them', () => {
    // stars (4 + 3) / 2 = 3.5; core (2 + 2 + 3) / 3 = 2.333; difference 1.1667; strength 1.1667 / 3 = 0.3889
    expect(a).toMatchObject({ skillId: 'a', starMean: 3.5, starCount: 2, coreCount: 3 });
    expect(a!.coreMean).toBeCloseTo(2.3333, 4);
    expect(a!.difference).toBeCloseTo(1.1667, 4);
    expect(a!.strength).toBeCloseTo(0.3889, 4);
    expect(a!.summary).toBe('Stars score 1.2 higher on Discovery (2 stars, 3 core)');
  });

  it('gives no verdict from 5 reps, however strong the order', () => {
    // scores s1 4, s2 3, c1 2, c2 2, c3 3 → ranks [5, 3.5, 1.5, 1.5, 3.5]
    // attainment 120, 110, 90, 95, 100 → ranks [5, 4, 1, 2, 3]; both means 3
    // dx [2, 0.5, −1.5, −1.5, 0.5], dy [2, 1, −2, −1, 0]
    // Σdxdy = 4 + 0.5 + 3 + 1.5 + 0 = 9; Σdx² = 9; Σdy² = 10 → 9 / √90 = 0.94868
    // rho would be 0.95, but 5 reps are too few to tell: no verdict and no coefficient.
    expect(a!.link).toEqual({ verdict: 'too-few-reps', n: 5, minReps: 8, rho: null, threshold: null });
  });

  it('says when there are too few reps for a correlation', () => {
    expect(b!.link).toMatchObject({ verdict: 'too-few-reps', n: 2, minReps: 8 });
  });

  it('says so when no star is rated', () => {
    expect(b).toMatchObject({ starMean: null, starCount: 0, coreMean: 3, coreCount: 2, difference: null, strength: 0 });
    expect(b!.summary).toBe('No stars rated on Opening yet (0 stars, 2 core)');
  });

  it('reports when stars score lower', () => {
    // star 2, core 3: −1, strength 0
    expect(c).toMatchObject({ difference: -1, strength: 0 });
    expect(c!.summary).toBe('Stars score 1.0 lower on Closing (1 star, 1 core)');
  });

  it('says so when the skill is not rated at all', () => {
    expect(d!.summary).toBe('No stars or core reps rated on Unrated yet');
    expect(d!.link).toMatchObject({ verdict: 'too-few-reps', n: 0 });
  });

  it('says "no spread" when every score is equal across 8 reps', () => {
    const eight = ['s1', 's2', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const flat = scoreTable(
      eight.map((id) => rate(id, 'a', 3)),
      now,
      90,
    );
    const pct = new Map(eight.map((id, index) => [id, 80 + index * 5]));
    const [only] = differentiators([skills[0]!], groups, eight, flat, pct);
    expect(only!.link).toMatchObject({ verdict: 'no-spread', n: 8, rho: null, threshold: 0.738 });
    expect(only!.summary).toBe('Stars and core reps score the same on Discovery (2 stars, 3 core)');
  });

  it('leaves stale scores out of the means and the link', () => {
    const old = scoreTable(
      [rate('s1', 'a', 4), observation('s2', daysAgo(121), [{ skillId: 'a', score: 1 }]), rate('c1', 'a', 2)],
      now,
      90,
    );
    const [only] = differentiators([skills[0]!], groups, team, old, attainment);
    // s2's rating is 121 days old: stars = s1 alone (4), not (4 + 1) / 2.
    expect(only).toMatchObject({ starMean: 4, starCount: 1, coreMean: 2, coreCount: 1, difference: 2 });
    expect(only!.link.n).toBe(2);
  });
});
