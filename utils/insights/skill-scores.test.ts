import { describe, expect, it } from 'vitest';
import { recencyWeight, scoreOf, scoreTable, skillScore } from './skill-scores';
import { daysAgo, now, observation } from './test-fixtures';

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
      trend: null,
    });
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

/** Deterministic pseudo-random numbers (a 32-bit LCG), so these property checks repeat exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('skill score properties (200 seeded random cases each)', () => {
  // fast-check is not installed; these seeded loops check the same properties.
  const next = random(42);
  const cases = Array.from({ length: 200 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({
      score: 1 + Math.floor(next() * 4),
      observedAt: now - Math.floor((next() * 800 - 50) * 86_400_000), // up to 50 days in the future
    })),
  );

  it('stays within levels 1–4', () => {
    for (const ratings of cases) {
      const s = skillScore('r', 'k', ratings, now, 1 + next() * 200).score;
      expect(s).not.toBeNull();
      expect(s!).toBeGreaterThanOrEqual(1);
      expect(s!).toBeLessThanOrEqual(4);
    }
  });

  it('never weighs an older rating more', () => {
    for (let i = 0; i < 200; i += 1) {
      const a = next() * 1000 - 100;
      const b = a + next() * 500;
      expect(recencyWeight(b, 90)).toBeLessThanOrEqual(recencyWeight(a, 90));
    }
  });

  it('does not depend on input order', () => {
    for (const ratings of cases) {
      const shuffled = [...ratings].sort(() => next() - 0.5);
      const a = skillScore('r', 'k', ratings, now, 90);
      const b = skillScore('r', 'k', shuffled, now, 90);
      expect(b.score).toBeCloseTo(a.score!, 10);
      expect(b.evidence).toBe(a.evidence);
      expect(b.trend?.delta ?? null).toBe(a.trend?.delta ?? null);
    }
  });
});
