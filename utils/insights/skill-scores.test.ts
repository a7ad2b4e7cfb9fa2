import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recencyWeight, scoreOf, scoreTable, skillScore } from './skill-scores';
import { daysAgo, now, observation } from '@/tests/support/insight-fixtures';

describe('recencyWeight', () => {
  it('halves every half-life', () => {
    expect(recencyWeight(0, 90)).toBe(1);
    expect(recencyWeight(90, 90)).toBe(0.5);
    expect(recencyWeight(180, 90)).toBe(0.25);
    expect(recencyWeight(45, 90)).toBeCloseTo(Math.SQRT1_2, 12); // 0.5^0.5 = 0.7071
  });

  it('weighs a future date like today', () => {
    expect(recencyWeight(-10, 90)).toBe(1);
  });

  it('rejects a half-life that is not a positive number', () => {
    expect(() => recencyWeight(1, 0)).toThrow(RangeError);
    expect(() => recencyWeight(1, Number.NaN)).toThrow(RangeError);
  });
});

describe('skillScore', () => {
  it('is the recency-weighted mean', () => {
    // weights 1 (today) and 0.5 (90 days ago): (4·1 + 2·0.5) / 1.5 = 5 / 1.5 = 3.333
    const s = skillScore(
      'r',
      'k',
      [
        { score: 4, observedAt: now },
        { score: 2, observedAt: daysAgo(90) },
      ],
      now,
      90,
    );
    expect(s.score).toBeCloseTo(3.3333, 4);
    expect(s.evidence).toBe(2);
    expect(s.lowEvidence).toBe(false);
    expect(s.lastRatedAt).toBe(now);
  });

  it('uses the configured half-life', () => {
    // half-life 30: weights 1 (today) and 0.25 (60 days): (4·1 + 1·0.25) / 1.25 = 3.4
    const s = skillScore(
      'r',
      'k',
      [
        { score: 4, observedAt: now },
        { score: 1, observedAt: daysAgo(60) },
      ],
      now,
      30,
    );
    expect(s.score).toBeCloseTo(3.4, 10);
  });

  it('treats a future-dated rating as age 0', () => {
    // weights 1 (10 days ahead → age 0) and 0.5 (90 days ago): (3·1 + 1·0.5) / 1.5 = 2.333
    const s = skillScore(
      'r',
      'k',
      [
        { score: 3, observedAt: daysAgo(-10) },
        { score: 1, observedAt: daysAgo(90) },
      ],
      now,
      90,
    );
    expect(s.score).toBeCloseTo(2.3333, 4);
    expect(s.lastRatedAt).toBe(daysAgo(-10));
  });

  it('marks a single rating as low evidence', () => {
    const s = skillScore('r', 'k', [{ score: 3, observedAt: daysAgo(5) }], now, 90);
    expect(s).toMatchObject({ score: 3, evidence: 1, lowEvidence: true });
  });

  it('has no score without ratings', () => {
    expect(skillScore('r', 'k', [], now, 90)).toEqual({
      repId: 'r',
      skillId: 'k',
      score: null,
      evidence: 0,
      lowEvidence: true,
      lastRatedAt: null,
      stale: false,
      trend: null,
    });
  });

  it('turns stale after 120 days without a rating (120 exactly is still current)', () => {
    expect(skillScore('r', 'k', [{ score: 3, observedAt: daysAgo(120) }], now, 90).stale).toBe(false);
    expect(skillScore('r', 'k', [{ score: 3, observedAt: daysAgo(121) }], now, 90).stale).toBe(true);
    // A fresh rating makes the whole skill current again, old ratings included.
    expect(
      skillScore(
        'r',
        'k',
        [
          { score: 3, observedAt: daysAgo(300) },
          { score: 2, observedAt: daysAgo(10) },
        ],
        now,
        90,
      ).stale,
    ).toBe(false);
  });

  it('compares the last 90 days with the 90 before', () => {
    // recent (age < 90): 4 and 3 → 3.5; previous (90 ≤ age < 180): 2 → 2; delta 1.5; age 200 is in neither
    const s = skillScore(
      'r',
      'k',
      [
        { score: 4, observedAt: daysAgo(1) },
        { score: 3, observedAt: daysAgo(89) },
        { score: 2, observedAt: daysAgo(90) },
        { score: 1, observedAt: daysAgo(200) },
      ],
      now,
      90,
    );
    expect(s.trend).toEqual({ recentMean: 3.5, previousMean: 2, delta: 1.5 });
  });

  it('has no trend when either window is empty', () => {
    const recentOnly = skillScore(
      'r',
      'k',
      [
        { score: 4, observedAt: daysAgo(1) },
        { score: 3, observedAt: daysAgo(10) },
      ],
      now,
      90,
    );
    expect(recentOnly.trend).toBeNull();
    const previousOnly = skillScore('r', 'k', [{ score: 2, observedAt: daysAgo(100) }], now, 90);
    expect(previousOnly.trend).toBeNull();
  });
});

describe('scoreTable', () => {
  it('scores every rep and skill in one pass', () => {
    const table = scoreTable(
      [
        observation('r1', now, [
          { skillId: 'a', score: 4 },
          { skillId: 'b', score: 1 },
        ]),
        observation('r1', daysAgo(90), [{ skillId: 'a', score: 2 }]),
        observation('r2', daysAgo(3), [{ skillId: 'a', score: 3 }]),
        observation('r3', daysAgo(3), [], { saw: 'notes only' }),
      ],
      now,
      90,
    );
    expect(scoreOf(table, 'r1', 'a').score).toBeCloseTo(3.3333, 4); // (4·1 + 2·0.5) / 1.5
    expect(scoreOf(table, 'r1', 'b')).toMatchObject({ score: 1, evidence: 1, lowEvidence: true });
    expect(scoreOf(table, 'r2', 'a')).toMatchObject({ score: 3, evidence: 1 });
    expect(scoreOf(table, 'r3', 'a')).toMatchObject({ score: null, evidence: 0 });
    expect(table.has('r3')).toBe(false);
  });
});

describe('skill score properties (fast-check)', () => {
  const dayMs = 86_400_000;
  const ratingArb = fc.record({
    score: fc.integer({ min: 1, max: 4 }),
    // up to 800 days old, or up to 50 days in the future (future dates count as age 0)
    observedAt: fc.integer({ min: -50, max: 800 }).map((days) => now - days * dayMs),
  });
  const ratingsArb = fc.array(ratingArb, { minLength: 1, maxLength: 12 });

  it('stays within levels 1–4, whatever the ratings and half-life', () => {
    fc.assert(
      fc.property(ratingsArb, fc.double({ min: 1, max: 365, noNaN: true }), (ratings, halfLife) => {
        const score = skillScore('r', 'k', ratings, now, halfLife).score;
        expect(score).not.toBeNull();
        expect(score!).toBeGreaterThanOrEqual(1);
        expect(score!).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('never weighs an older rating more', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (age, older) => {
          expect(recencyWeight(age + older, 90)).toBeLessThanOrEqual(recencyWeight(age, 90));
        },
      ),
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(
        ratingsArb.chain((ratings) =>
          fc.tuple(fc.constant(ratings), fc.shuffledSubarray(ratings, { minLength: ratings.length })),
        ),
        ([ratings, shuffled]) => {
          const a = skillScore('r', 'k', ratings, now, 90);
          const b = skillScore('r', 'k', shuffled, now, 90);
          expect(b.score).toBeCloseTo(a.score!, 10);
          expect(b.evidence).toBe(a.evidence);
          expect(b.trend === null).toBe(a.trend === null);
          if (a.trend && b.trend) expect(b.trend.delta).toBeCloseTo(a.trend.delta, 10);
        },
      ),
    );
  });
});
