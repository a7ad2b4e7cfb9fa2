import { describe, expect, it } from 'vitest';
import { groupRepsByTier, meanAttainmentByRep, repTiers, tierCutCount, tierWindow } from './tiers';
import { now, rep, result } from '@/tests/support/insight-fixtures';

/** 15 Nov 2026: the last two completed quarters are 2026-Q2 and 2026-Q3. */
const inQ4 = new Date(2026, 10, 15, 12).getTime();

describe('tierWindow', () => {
  it('is the last two completed quarters, never the running one', () => {
    expect(tierWindow(now)).toEqual(['2026-Q1', '2026-Q2']); // now = 15 Aug 2026, Q3 is running
    expect(tierWindow(inQ4)).toEqual(['2026-Q2', '2026-Q3']);
    expect(tierWindow(new Date(2026, 0, 10, 12).getTime())).toEqual(['2025-Q3', '2025-Q4']);
  });

  it('does not move on the first day of a quarter for results already in', () => {
    // 30 Sep and 1 Oct 2026: the window moves by one completed quarter, and a rep's Q3 result
    // (entered by then) counts from the first day, instead of a near-empty running quarter.
    expect(tierWindow(new Date(2026, 8, 30, 12).getTime())).toEqual(['2026-Q1', '2026-Q2']);
    expect(tierWindow(new Date(2026, 9, 1, 9).getTime())).toEqual(['2026-Q2', '2026-Q3']);
  });
});

describe('tierCutCount', () => {
  it('is max(1, round(n × 20%))', () => {
    expect(tierCutCount(4)).toBe(1); // round(0.8) = 1
    expect(tierCutCount(5)).toBe(1);
    expect(tierCutCount(7)).toBe(1); // round(1.4) = 1
    expect(tierCutCount(8)).toBe(2); // round(1.6) = 2
    expect(tierCutCount(12)).toBe(2); // round(2.4) = 2
    expect(tierCutCount(13)).toBe(3); // round(2.6) = 3
    expect(tierCutCount(1)).toBe(1);
  });
});

describe('meanAttainmentByRep', () => {
  it('averages quarters, maps months to their quarter and lets a quarterly result win', () => {
    const means = meanAttainmentByRep(
      [
        result('a', '2026-Q2', 120),
        result('a', '2026-Q3', 110), // (120 + 110) / 2 = 115
        result('b', '2026-04', 100),
        result('b', '2026-05', 80), // Q2 from months: (100 + 80) / 2 = 90
        result('b', '2026-Q3', 100), // (90 + 100) / 2 = 95
        result('e', '2026-Q3', 70),
        result('e', '2026-07', 200), // the quarterly 70 wins over July: 70
        result('f', '2026-Q1', 150), // outside the window
        result('g', '2026-Q3', 90),
        result('g', '2026-Q3', 110), // two rows for one period: (90 + 110) / 2 = 100
      ],
      ['2026-Q2', '2026-Q3'],
    );
    expect(Object.fromEntries(means)).toEqual({ a: 115, b: 95, e: 70, g: 100 });
  });
});

describe('repTiers', () => {
  const results = [
    result('a', '2026-Q2', 120),
    result('a', '2026-Q3', 110), // 115
    result('b', '2026-Q3', 95),
    result('c', '2026-Q3', 90),
    result('d', '2026-Q3', 80),
    result('e', '2026-Q3', 70),
    result('f', '2026-Q1', 150), // outside the window
  ];
  const reps = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => rep(id));

  it('suggests star, core and developing from the top and bottom 20%', () => {
    // 5 reps with results in the window: k = max(1, round(5 × 0.2)) = 1
    const tiers = repTiers(reps, results, inQ4);
    expect(tiers.get('a')).toMatchObject({
      tier: 'star',
      source: 'results',
      code: 'top',
      reason: 'Top 20% by attainment over 2026-Q2 and 2026-Q3',
      meanAttainmentPct: 115,
      poolSize: 5,
    });
    expect(['b', 'c', 'd'].map((id) => tiers.get(id)?.tier)).toEqual(['core', 'core', 'core']);
    expect(tiers.get('c')?.reason).toBe('Between the top and bottom 20% by attainment over 2026-Q2 and 2026-Q3');
    expect(tiers.get('e')).toMatchObject({
      tier: 'developing',
      reason: 'Bottom 20% by attainment over 2026-Q2 and 2026-Q3',
    });
    expect(tiers.get('f')).toMatchObject({
      tier: 'unset',
      code: 'no-results',
      reason: 'No results for 2026-Q2 or 2026-Q3',
    });
  });

  it('lets a manual tier win, but not a manual "unset"', () => {
    const tiers = repTiers(
      [
        ...reps.filter((r) => r.id !== 'a' && r.id !== 'e'),
        rep('a', { tier: 'developing', tierSource: 'manual' }),
        rep('e', { tier: 'unset', tierSource: 'manual' }),
      ],
      results,
      inQ4,
    );
    expect(tiers.get('a')).toMatchObject({
      tier: 'developing',
      source: 'manual',
      reason: 'Set by you',
      meanAttainmentPct: 115,
    });
    // a still ranks first in the pool, so the suggestion for e is unchanged
    expect(tiers.get('e')).toMatchObject({ tier: 'developing', source: 'results' });
  });

  it('leaves tiers unset with fewer than 4 reps having results', () => {
    const tiers = repTiers(
      [rep('a'), rep('b'), rep('c'), rep('x', { tier: 'star', tierSource: 'manual' })],
      results,
      inQ4,
    );
    expect(tiers.get('a')).toMatchObject({
      tier: 'unset',
      code: 'too-few-reps',
      reason: 'Needs results for at least 4 reps in 2026-Q2 or 2026-Q3; 3 reps have results',
      meanAttainmentPct: 115,
    });
    expect(tiers.get('x')?.tier).toBe('star');
  });

  it('does not rank inactive reps', () => {
    // without d (inactive) the pool is a, b, c, e: k = 1, so a star, e developing
    const tiers = repTiers([rep('a'), rep('b'), rep('c'), rep('d', { active: false }), rep('e')], results, inQ4);
    expect(tiers.get('d')).toMatchObject({ tier: 'unset', code: 'inactive' });
    expect(tiers.get('a')?.poolSize).toBe(4);
    expect(tiers.get('e')?.tier).toBe('developing');
  });

  it('gives reps tied at a cut-off the same tier', () => {
    // [100, 100, 90, 80]: k = 1; both 100s reach the star cut
    const tied = [
      result('a', '2026-Q3', 100),
      result('b', '2026-Q3', 100),
      result('c', '2026-Q3', 90),
      result('d', '2026-Q3', 80),
    ];
    const tiers = repTiers(
      ['a', 'b', 'c', 'd'].map((id) => rep(id)),
      tied,
      inQ4,
    );
    expect(['a', 'b', 'c', 'd'].map((id) => tiers.get(id)?.tier)).toEqual(['star', 'star', 'core', 'developing']);
  });

  it('puts everyone in core when all attainments are equal', () => {
    const equal = ['a', 'b', 'c', 'd'].map((id) => result(id, '2026-Q3', 100));
    const tiers = repTiers(
      ['a', 'b', 'c', 'd'].map((id) => rep(id)),
      equal,
      inQ4,
    );
    expect([...tiers.values()].map((t) => t.tier)).toEqual(['core', 'core', 'core', 'core']);
  });

  it('takes two stars and two developing from 10 reps', () => {
    // attainments 100, 95, …, 55: k = round(10 × 0.2) = 2
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const tiers = repTiers(
      ids.map((id) => rep(id)),
      ids.map((id, i) => result(id, '2026-07', 100 - 5 * i)),
      inQ4,
    );
    expect(ids.map((id) => tiers.get(id)?.tier)).toEqual([
      'star',
      'star',
      'core',
      'core',
      'core',
      'core',
      'core',
      'core',
      'developing',
      'developing',
    ]);
  });
});

describe('groupRepsByTier', () => {
  it('groups active reps by effective tier', () => {
    const reps = [
      rep('s', { tier: 'star', tierSource: 'manual' }),
      rep('c', { tier: 'core', tierSource: 'manual' }),
      rep('gone', { tier: 'star', tierSource: 'manual', active: false }),
      rep('u'),
    ];
    expect(groupRepsByTier(reps, repTiers(reps, [], inQ4))).toEqual({
      star: ['s'],
      core: ['c'],
      developing: [],
      unset: ['u'],
    });
  });
});
