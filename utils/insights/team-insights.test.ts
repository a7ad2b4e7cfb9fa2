import { describe, expect, it } from 'vitest';
import { teamInsights } from './team-insights';
import { coachingScenario, now, timeEntry } from '@/tests/support/insight-fixtures';

describe('teamInsights', () => {
  const input = coachingScenario();
  const team = teamInsights(
    {
      ...input,
      timeEntries: [
        ...input.timeEntries,
        timeEntry('2026-08-04', 'observing', 40, 's'),
        timeEntry('2026-08-05', 'admin', 400),
      ],
    },
    now,
  );

  it('computes the shared numbers once', () => {
    expect(team.month).toBe('2026-08');
    expect(team.skills.map((s) => s.id)).toEqual(['a', 'b']);
    expect(team.tierGroups).toEqual({ star: ['s'], core: ['c1', 'r'], developing: ['d'], unset: [] });
    expect([...team.benchmarks.values()].map((b) => [b.skillId, b.value, b.source])).toEqual([
      ['a', 4, 'stars'],
      ['b', 4, 'stars'],
    ]);
    expect(team.differentiators.map((d) => d.summary)).toEqual([
      'Stars score 2.0 higher on Discovery (1 star, 2 core)', // 4 − (2 + 2) / 2
      'Stars score 1.0 higher on Closing (1 star, 2 core)', // 4 − (3 + 3) / 2
    ]);
    expect(team.strengths.get('a')).toBeCloseTo(0.6667, 4);
  });

  it('reports team cadence and coaching time', () => {
    // active reps only (x is inactive), longest since first
    expect(team.cadence.map((c) => [c.repId, c.daysSince])).toEqual([
      ['c1', 3],
      ['d', 2],
      ['s', 1],
      ['r', 0],
    ]);
    // August: coaching r 60 + observing s 40 = 100 of 500 minutes = 0.2, not below 20%
    expect(team.managerTime).toMatchObject({ coachingMinutes: 100, totalMinutes: 500, share: 0.2, belowTarget: false });
    // core r 60 of tiered 60 + 40 (star s) = 0.6: not flagged
    expect(team.coreCoaching).toMatchObject({ coreMinutes: 60, tieredMinutes: 100, share: 0.6, flagged: false });
  });

  it('groups rows by rep and account', () => {
    expect(team.observationsByRep.get('r')).toHaveLength(6);
    expect(
      team.observationsByAccount
        .get('acc1')
        ?.map((o) => o.id)
        .sort(),
    ).toEqual(['obs-c1', 'obs-r-today']);
    expect(team.resultsByRep.get('r')).toHaveLength(2);
  });
});
