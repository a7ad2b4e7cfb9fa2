import { describe, expect, it } from 'vitest';
import { repInsight, repInsightFrom } from './rep-insight';
import { teamInsights } from './team-insights';
import { coachingScenario, daysAgo, now, plan, rep } from '@/tests/support/insight-fixtures';

describe('repInsight', () => {
  const input = coachingScenario();
  const insight = repInsight(input, 'r', now)!;

  it('names the rep, the tier and the one attainment figure with its quarters', () => {
    expect(insight.rep).toEqual({ id: 'r', name: 'Robin', team: 'North', active: true });
    expect(insight.tier).toMatchObject({ tier: 'core', source: 'manual', reason: 'Set by you' });
    // The last two completed quarters on 15 Aug 2026 are Q1 and Q2; only Q2 has a result (95%).
    // July (105%) is in the running quarter: not counted, so the figure cannot change on 1 Oct.
    expect(insight.attainment).toEqual({ pct: 95, quarters: ['2026-Q1', '2026-Q2'] });
  });

  it('shows every active skill against the star benchmark', () => {
    expect(insight.skills.map((row) => row.skillName)).toEqual(['Discovery', 'Closing']); // "Old" is archived
    expect(insight.skills[0]).toMatchObject({
      score: 2, // 2 today (weight 1) and 2 ninety days ago (weight 0.5): 2
      evidence: 2,
      lowEvidence: false,
      trend: { recentMean: 2, previousMean: 2, delta: 0 },
      // one star: the benchmark is Sam's score, and says so
      benchmark: { value: 4, source: 'stars', starCount: 1, soleStar: { repId: 's', name: 'Sam' }, fewRatings: true },
      // (Sam's 2 ratings on Discovery: fewer than 3, said where the benchmark is shown)
      gap: 2, // 4 − 2
      stale: false,
      // own mean (2 + 3) / 2 = 2.5: Discovery −0.5 "weaker", Closing +0.5 "stronger"
      relative: { skillId: 'a', relative: -0.5, label: 'weaker' },
    });
    expect(insight.skills[1]!.relative).toEqual({ skillId: 'b', relative: 0.5, label: 'stronger' });
    // Closing's benchmark is Sam's single rating: fewer than 3 ratings
    expect(insight.skills[1]!.benchmark).toMatchObject({
      evidence: 1,
      fewRatings: true,
      soleStar: { repId: 's', name: 'Sam' },
    });
    expect(insight.skills[1]).toMatchObject({ score: 3, evidence: 1, lowEvidence: true, gap: 1 });
    expect(insight.usesDefaultBenchmark).toBe(false);
  });

  it('ranks the gaps and suggests a focus skill with what good looks like', () => {
    // a: gap 2 × (1 + 2/3) = 3.333; b: gap 1 × (1 + 1/3) = 1.333
    expect(insight.gaps.map((g) => g.skillId)).toEqual(['a', 'b']);
    expect(insight.gaps[0]!.priority).toBeCloseTo(3.3333, 4);
    expect(insight.gaps[1]!.priority).toBeCloseTo(1.3333, 4);
    expect(insight.notObserved).toEqual([]);
    // b has a single rating, so only a is suggested
    expect(insight.focus.current).toEqual([]);
    expect(insight.focus.suggested.map((g) => [g.skillName, g.nextLevel, g.whatGoodLooksLike])).toEqual([
      ['Discovery', 3, 'a level 3'],
    ]);
  });

  it('lists the last 5 observations with account and skill names', () => {
    expect(insight.recentObservations.map((o) => o.id)).toEqual([
      'obs-r-today',
      'obs-r-30',
      'obs-r-31',
      'obs-r-32',
      'obs-r-33',
    ]);
    expect(insight.recentObservations[0]).toMatchObject({
      observedAt: now,
      context: 'joint-call',
      accountName: 'Acme',
      saw: 'Good questions',
      durationMin: 45,
      ratings: [
        { skillId: 'a', skillName: 'Discovery', score: 2, levelName: 'Learning' },
        { skillId: 'b', skillName: 'Closing', score: 3, levelName: 'Proficient' },
      ],
    });
  });

  it('reports cadence, coaching time and what needs attention', () => {
    expect(insight.cadence).toMatchObject({ daysSince: 0, overdue: false, targetDays: 14 });
    // August only: 60 of 180 minutes
    expect(insight.coachingTime).toMatchObject({ month: '2026-08', minutes: 60, targetMinutes: 180, met: false });
    expect(insight.attention).toEqual({
      count: 1,
      items: [{ kind: 'low-evidence', skills: [{ skillId: 'b', skillName: 'Closing' }] }],
    });
  });

  it('shows active plans as the current focus and counts reviews due', () => {
    const withPlans = {
      ...input,
      plans: [
        plan('r', 'b', {
          id: 'plan-b',
          fromLevel: 3,
          targetLevel: 4,
          reviewAt: daysAgo(-3),
          actions: [
            { text: 'Ask for a dated next step', done: true },
            { text: 'Role-play the close', done: false },
          ],
        }),
        plan('r', 'a', { status: 'achieved' }),
        plan('r', 'c', { reviewAt: daysAgo(2) }), // archived skill: left out
        plan('c1', 'a'),
      ],
    };
    const result = repInsight(withPlans, 'r', now)!;
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0]).toMatchObject({
      id: 'plan-b',
      skillName: 'Closing',
      targetBehaviour: 'b level 4',
      actionsDone: 1,
      reviewDue: true, // in 3 days, within 7
      reviewOverdue: false,
    });
    expect(result.focus.current).toEqual([
      {
        skillId: 'b',
        skillName: 'Closing',
        planId: 'plan-b',
        targetLevel: 4,
        targetBehaviour: 'b level 4',
        reviewAt: daysAgo(-3),
        score: 3,
      },
    ]);
    // The plan's skill is the focus: Discovery, the bigger gap, is not offered as a second focus.
    expect(result.focus.suggested).toEqual([]);
    expect(result.gaps.map((g) => g.skillId)).toEqual(['a', 'b']);
    expect(result.attention.items.map((item) => item.kind)).toEqual(['plan-review', 'low-evidence']);
    expect(result.attention.count).toBe(2);
  });

  it('falls back to level 3 without stars and says so', () => {
    const noStars = { ...input, reps: input.reps.filter((r) => r.id !== 's') };
    const result = repInsight(noStars, 'r', now)!;
    expect(result.usesDefaultBenchmark).toBe(true);
    expect(result.skills[0]).toMatchObject({
      benchmark: { value: 3, source: 'default-level-3', starCount: 0, soleStar: null },
      gap: 1, // 3 − 2
    });
    // b: 3 − 3 = 0 is no gap
    expect(result.gaps.map((g) => g.skillId)).toEqual(['a']);
  });

  it('handles a rep never observed', () => {
    const fresh = repInsight({ ...input, reps: [...input.reps, rep('n')] }, 'n', now)!;
    expect(fresh.skills.every((row) => row.score === null && row.gap === null && row.lowEvidence)).toBe(true);
    expect(fresh.gaps).toEqual([]);
    expect(fresh.notObserved.map((s) => s.skillId)).toEqual(['a', 'b']);
    expect(fresh.focus.suggested).toEqual([]);
    expect(fresh.attainment).toBeNull();
    expect(fresh.skills.every((row) => row.relative === null)).toBe(true);
    expect(fresh.recentObservations).toEqual([]);
    expect(fresh.cadence).toMatchObject({ daysSince: null, overdue: true });
    expect(fresh.coachingTime.minutes).toBe(0);
    // never-rated skills are "not observed", not low evidence; being overdue already says "observe"
    expect(fresh.attention.items.map((item) => item.kind)).toEqual(['overdue']);
  });

  it('raises nothing for an inactive rep', () => {
    const inactive = repInsight(input, 'x', now)!;
    expect(inactive.cadence.overdue).toBe(true);
    expect(inactive.tier).toMatchObject({ tier: 'unset', code: 'inactive' });
    expect(inactive.attention).toEqual({ count: 0, items: [] });
  });

  it('returns null for an unknown rep', () => {
    expect(repInsight(input, 'nobody', now)).toBeNull();
  });

  it('gives the same answer from rows narrowed to what the rep view needs', () => {
    // the developing and inactive reps' observations and other months' time entries do not matter
    const narrowed = {
      ...input,
      observations: input.observations.filter((o) => ['r', 's', 'c1'].includes(o.repId)),
      timeEntries: input.timeEntries.filter((t) => t.day.startsWith('2026-08')),
    };
    expect(repInsight(narrowed, 'r', now)).toEqual(insight);
  });

  it('reuses precomputed team insights', () => {
    expect(repInsightFrom(teamInsights(input, now), 'r')).toEqual(insight);
  });
});
