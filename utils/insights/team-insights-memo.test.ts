import { describe, expect, it } from 'vitest';
import { dayMs } from './periods';
import { defaultInsightSettings } from './settings';
import { teamInsights } from './team-insights';
import { TeamInsightsMemo } from './team-insights-memo';
import { coachingScenario, now, observation } from '@/tests/support/insight-fixtures';

describe('TeamInsightsMemo', () => {
  const input = coachingScenario();
  const [first, ...others] = input.observations;

  it('reuses a rep’s scores only for the same rows, clock and half-life', () => {
    const memo = new TeamInsightsMemo();
    expect(memo.compute(input, now, defaultInsightSettings)).toEqual(teamInsights(input, now));

    // The same rep's rows again, one of them rewritten as a new object with a new score.
    const edited = { ...first!, ratings: first!.ratings.map((rating) => ({ ...rating, score: 1 })) };
    const changed = { ...input, observations: [edited, ...others] };
    expect(memo.compute(changed, now, defaultInsightSettings)).toEqual(teamInsights(changed, now));

    const later = now + 40 * dayMs;
    expect(memo.compute(changed, later, defaultInsightSettings)).toEqual(teamInsights(changed, later));

    const halfLife = { ...defaultInsightSettings, halfLifeDays: 30 };
    expect(memo.compute(changed, later, halfLife)).toEqual(teamInsights(changed, later, halfLife));
  });

  it('drops a rep whose observations are all gone from the scores, and scores a new one', () => {
    const memo = new TeamInsightsMemo();
    memo.compute(input, now, defaultInsightSettings);
    const repId = first!.repId;
    const without = {
      ...input,
      observations: [...input.observations.filter((obs) => obs.repId !== repId), observation('new-rep', 2, [])],
    };
    const team = memo.compute(without, now, defaultInsightSettings);
    expect(team).toEqual(teamInsights(without, now));
    expect(team.scores.has(repId)).toBe(false);
  });
});
