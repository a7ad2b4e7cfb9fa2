import { describe, expect, it } from 'vitest';
import type { InsightInput } from './input';
import { repInsightFrom } from './rep-insight';
import { teamInsights } from './team-insights';
import { summariseTeam, teamFromSummary } from './team-summary';
import { coachingScenario, now, plan } from '@/tests/support/insight-fixtures';

/** What background/first-rep-view.ts reads for one rep through the indexes. */
function ownRows(input: InsightInput, repId: string): InsightInput {
  const observations = input.observations.filter((obs) => obs.repId === repId);
  const named = new Set(observations.map((obs) => obs.accountId));
  return {
    reps: input.reps.filter((rep) => rep.id === repId),
    accounts: input.accounts.filter((account) => named.has(account.id)),
    skills: input.skills,
    observations,
    plans: input.plans.filter((row) => row.repId === repId),
    strategies: [],
    results: input.results.filter((row) => row.repId === repId),
    timeEntries: input.timeEntries.filter((row) => row.repId === repId),
  };
}

describe('teamFromSummary', () => {
  const input = { ...coachingScenario(), plans: [plan('r', 'a', { reviewAt: now + 86_400_000 }), plan('s', 'b')] };
  const team = teamInsights(input, now);
  // Through storage.session: structured clone, no Maps.
  const summary = structuredClone(summariseTeam(team));

  it.each(input.reps.map((rep) => rep.id))('gives rep %s the view the whole team gives', (repId) => {
    expect(repInsightFrom(teamFromSummary(ownRows(input, repId), summary, now), repId)).toEqual(
      repInsightFrom(team, repId),
    );
  });

  it('takes tiers and benchmarks from the summary, not from the one rep it has', () => {
    const alone = teamFromSummary(ownRows(input, 'r'), summary, now);
    expect(alone.tiers.get('s')?.tier).toBe('star');
    expect(alone.benchmarks.get('a')).toMatchObject({ value: 4, source: 'stars' });
  });
});
