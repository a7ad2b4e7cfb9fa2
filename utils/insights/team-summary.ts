import type { SkillBenchmark } from './benchmark';
import type { Differentiator } from './differentiators';
import type { InsightInput } from './input';
import type { InsightSettings } from './settings';
import { teamInsights, type TeamInsights } from './team-insights';
import type { RepTier } from './tiers';

/**
 * The numbers a rep's view takes from the whole team (tiers rank every rep; the benchmark and the
 * differentiators compare stars and core), as plain JSON-safe data, so they can outlive the
 * service worker (`storage.session`) and let a restarted one show a rep from that rep's own rows
 * while it reads the rest (background/first-rep-view.ts).
 */
export interface TeamSummary {
  settings: InsightSettings;
  tiers: [string, RepTier][];
  benchmarks: [string, SkillBenchmark][];
  usesDefaultBenchmark: boolean;
  differentiators: Differentiator[];
}

export function summariseTeam(team: TeamInsights): TeamSummary {
  return {
    settings: team.settings,
    tiers: [...team.tiers],
    benchmarks: [...team.benchmarks],
    usesDefaultBenchmark: team.usesDefaultBenchmark,
    differentiators: team.differentiators,
  };
}

/**
 * Team insights for views of the reps in `rows` only: `rows` holds those reps' own rows (all of
 * their observations, plans, results and time entries), the skills, and the accounts their
 * observations name; the team-wide numbers come from `summary`. For such a rep, `repInsightFrom`
 * gives what it gives on the full team when the summary is current (team-summary.test.ts).
 * Team-wide fields not in the summary (cadence, manager time, groups) cover only `rows`.
 */
export function teamFromSummary(rows: InsightInput, summary: TeamSummary, now: number): TeamInsights {
  const own = teamInsights(rows, now, summary.settings);
  const tiers = new Map(summary.tiers);
  const differentiators = summary.differentiators;
  return {
    ...own,
    tiers,
    benchmarks: new Map(summary.benchmarks),
    usesDefaultBenchmark: summary.usesDefaultBenchmark,
    differentiators,
    strengths: new Map(differentiators.map((d) => [d.skillId, d.strength])),
  };
}
