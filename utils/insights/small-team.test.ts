import { describe, expect, it } from 'vitest';
import { repInsightFrom } from './rep-insight';
import { teamInsights } from './team-insights';
import {
  daysAgo,
  emptyInput,
  now,
  observation,
  plan,
  rep,
  result,
  skill,
  timeEntry,
} from '@/tests/support/insight-fixtures';

/**
 * A 6-rep team with one star, as a manager of a small team has it (now = 15 Aug 2026, so the last
 * two completed quarters are Q1 and Q2; Q3 is running).
 * Results (Q1, Q2): Maya 130, 120 → 125; c1 100, 100; c2 95, 95; c3 90, 92 → 91; c4 85, 87 → 86;
 * Dev 60, 70 → 65. Q3 so far: Dev 200 (a good July) — not counted.
 * Pool 6: k = round(6 × 20%) = 1 → Maya star, Dev developing, c1–c4 core.
 * Ratings: Maya a 4 (once), b 4, 4, 3; c1 a 2, 2, b 3 (200 days ago: stale); c2 a 2, 2, b 1, 1;
 * c3 a 3, b 2; c4 a 2, b 2; Dev a 1.
 */
function sixReps() {
  const a = (score: 1 | 2 | 3 | 4) => ({ skillId: 'a', score });
  const b = (score: 1 | 2 | 3 | 4) => ({ skillId: 'b', score });
  const reps = [
    rep('maya', { name: 'Maya' }),
    rep('c1', { name: 'Chris' }),
    rep('c2', { name: 'Dana' }),
    rep('c3'),
    rep('c4'),
    rep('dev', { name: 'Devi' }),
  ];
  const attainment: Record<string, [number, number]> = {
    maya: [130, 120],
    c1: [100, 100],
    c2: [95, 95],
    c3: [90, 92],
    c4: [85, 87],
    dev: [60, 70],
  };
  return emptyInput({
    reps,
    skills: [skill('a', 0, { name: 'Discovery' }), skill('b', 1, { name: 'Gaining commitment' })],
    results: [
      ...Object.entries(attainment).flatMap(([id, [q1, q2]]) => [result(id, '2026-Q1', q1), result(id, '2026-Q2', q2)]),
      result('dev', '2026-07', 200),
    ],
    observations: [
      observation('maya', daysAgo(5), [a(4), b(4)]),
      observation('maya', daysAgo(20), [b(4)]),
      observation('maya', daysAgo(40), [b(3)]),
      observation('c1', daysAgo(3), [a(2)]),
      observation('c1', daysAgo(30), [a(2)]),
      observation('c1', daysAgo(200), [b(3)]),
      observation('c2', daysAgo(2), [a(2), b(1)]),
      observation('c2', daysAgo(12), [a(2), b(1)]),
      observation('c3', daysAgo(4), [a(3), b(2)]),
      observation('c4', daysAgo(6), [a(2), b(2)]),
      observation('dev', daysAgo(7), [a(1)]),
    ],
    // Dana has an active plan on Discovery, although her gap on Gaining commitment is bigger.
    plans: [plan('c2', 'a', { id: 'plan-dana' })],
    timeEntries: [
      timeEntry('2026-08-03', 'coaching', 120, 'maya'),
      timeEntry('2026-08-04', 'coaching', 60, 'c1'),
      timeEntry('2026-08-05', 'coaching', 60, 'c2'),
      timeEntry('2026-08-06', 'coaching', 60, 'dev'),
    ],
  });
}

describe('a 6-rep team with one star', () => {
  const team = teamInsights(sixReps(), now);

  it('ranks tiers on completed quarters only: one star, one developing, four core', () => {
    expect(team.attainmentQuarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(team.tierGroups).toEqual({ star: ['maya'], core: ['c1', 'c2', 'c3', 'c4'], developing: ['dev'], unset: [] });
    // Devi's 200% July is in the running quarter: her figure stays (60 + 70) / 2 = 65.
    expect(team.attainment.get('dev')).toBe(65);
    expect(team.attainment.get('maya')).toBe(125);
  });

  it("says the benchmark is Maya's alone, and when it rests on fewer than 3 ratings", () => {
    expect(team.benchmarks.get('a')).toMatchObject({
      value: 4,
      starCount: 1,
      evidence: 1,
      soleStar: { repId: 'maya', name: 'Maya' },
      fewRatings: true,
    });
    // b: Maya's 4, 4, 3 (recency-weighted, half-life 90 days; ages 5, 20, 40 days)
    const w = (days: number) => 0.5 ** (days / 90);
    expect(team.benchmarks.get('b')!.value).toBeCloseTo(
      (4 * w(5) + 4 * w(20) + 3 * w(40)) / (w(5) + w(20) + w(40)),
      10,
    );
    expect(team.benchmarks.get('b')).toMatchObject({ evidence: 3, fewRatings: false, soleStar: { name: 'Maya' } });
  });

  it('gives no link with results: 6 reps are too few to tell', () => {
    expect(team.differentiators.map((d) => [d.skillName, d.link.verdict, d.link.n])).toEqual([
      ['Discovery', 'too-few-reps', 6], // all six rated
      ['Gaining commitment', 'too-few-reps', 4], // Chris's only rating is stale; Devi was not rated
    ]);
  });

  it("leaves Chris's stale rating out of the core mean", () => {
    // b core: c2 1, c3 2, c4 2 → 5 / 3 (c1's 3 is 200 days old)
    const b = team.differentiators[1]!;
    expect(b.coreCount).toBe(3);
    expect(b.coreMean).toBeCloseTo(5 / 3, 10);
  });

  it("keeps Dana's plan skill as her only focus, with no suggestion beside it", () => {
    const dana = repInsightFrom(team, 'c2')!;
    expect(dana.focus.current.map((f) => f.skillName)).toEqual(['Discovery']);
    expect(dana.focus.suggested).toEqual([]);
    // Gaining commitment is still listed as a gap, just not as a second focus.
    expect(dana.gaps.map((g) => g.skillName)).toContain('Gaining commitment');
  });

  it("sets the core share target at the core reps' fair share: 4 of 6", () => {
    // core 120 of 300 tiered minutes = 40% < 66.7%
    expect(team.coreCoaching).toMatchObject({ coreMinutes: 120, tieredMinutes: 300, coreReps: 4, tieredReps: 6 });
    expect(team.coreCoaching.target).toBeCloseTo(2 / 3, 12);
    expect(team.coreCoaching.flagged).toBe(true);
  });
});
