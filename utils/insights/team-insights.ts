import type { Account, Observation, Plan, Rep, Result, Skill, Strategy } from '../schemas';
import { activeSkills } from './active-skills';
import { starBenchmarks, type SkillBenchmark } from './benchmark';
import { teamCadence, type Cadence } from './cadence';
import {
  coachingMinutesByRep,
  coreCoachingShare,
  managerTimeShare,
  type CoreCoachingShare,
  type ManagerTimeShare,
} from './coaching-time';
import { differentiators, type Differentiator } from './differentiators';
import type { InsightInput } from './input';
import { monthOf } from './periods';
import { defaultInsightSettings, type InsightSettings } from './settings';
import { recencyWeight, scoreTable, type ScoreTable, type SkillScore } from './skill-scores';
import { starTechniquesBySkill, type StarTechnique } from './star-techniques';
import { groupRepsByTier, meanAttainmentByRep, repTiers, tierWindow, type RepTier, type TierGroups } from './tiers';

/**
 * Everything computed across the team, once, from one set of rows: the numbers every rep and
 * account view shares (tiers, scores, benchmarks, differentiators) and the rows grouped by rep and
 * by account, so a single view then costs only its own rows.
 *
 * Cost: O(reps + accounts + skills·reps + results + ratings + plans + strategies + time entries),
 * i.e. one pass over each array plus skills × reps map look-ups for benchmarks and differentiators;
 * no observation is visited more than a constant number of times.
 */
export interface TeamInsights {
  now: number;
  settings: InsightSettings;
  /** `now`'s calendar month (`YYYY-MM`), the window for coaching time. */
  month: string;
  /** Active skills in the framework's order. */
  skills: Skill[];
  /** Active skills by id. */
  skillsById: Map<string, Skill>;
  repsById: Map<string, Rep>;
  accountsById: Map<string, Account>;
  tiers: Map<string, RepTier>;
  tierGroups: TierGroups;
  /** Mean attainment over the tier window, by rep: the one attainment figure every view shows. */
  attainment: Map<string, number>;
  /** The two completed quarters `attainment` and the tiers cover, earlier first. */
  attainmentQuarters: readonly [string, string];
  scores: ScoreTable;
  benchmarks: Map<string, SkillBenchmark>;
  /** True when some active skill has no star rated and uses level 3: the panel says so. */
  usesDefaultBenchmark: boolean;
  differentiators: Differentiator[];
  /** Differentiator strength by skill id. */
  strengths: Map<string, number>;
  lastObserved: Map<string, number>;
  /** Active reps, most overdue first. */
  cadence: Cadence[];
  /** Observing + coaching minutes per rep this month. */
  coachingMinutes: Map<string, number>;
  managerTime: ManagerTimeShare;
  coreCoaching: CoreCoachingShare;
  /** Notes marked as star techniques, by skill, newest first. */
  techniques: Map<string, StarTechnique[]>;
  /** Unsorted; views sort their own few rows. */
  observationsByRep: Map<string, Observation[]>;
  observationsByAccount: Map<string, Observation[]>;
  plansByRep: Map<string, Plan[]>;
  strategiesByAccount: Map<string, Strategy[]>;
  resultsByRep: Map<string, Result[]>;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** What a rep's own observations give the team: the rep's skill scores and when the rep was last observed. */
export interface RepObservationSummary {
  /** Rated skills only (absent when none is rated), as in `ScoreTable`. */
  scores: ReadonlyMap<string, SkillScore> | undefined;
  lastObservedAt: number | undefined;
}

/** Summarises one rep's observations; `teamInsights` calls it once per rep. O(the rep's ratings). */
export function repObservationSummary(
  repId: string,
  observations: readonly Observation[],
  now: number,
  halfLifeDays: number,
): RepObservationSummary {
  let lastObservedAt: number | undefined;
  for (const obs of observations)
    if (lastObservedAt === undefined || obs.observedAt > lastObservedAt) lastObservedAt = obs.observedAt;
  return { scores: scoreTable(observations, now, halfLifeDays).get(repId), lastObservedAt };
}

/** How `teamInsightsWith` gets each rep's summary: fresh in `teamInsights`, memoised in team-insights-memo.ts. */
export type SummariseRep = (repId: string, observations: readonly Observation[]) => RepObservationSummary;

export function teamInsights(
  input: InsightInput,
  now: number,
  settings: InsightSettings = defaultInsightSettings,
): TeamInsights {
  return teamInsightsWith(input, now, settings, (repId, observations) =>
    repObservationSummary(repId, observations, now, settings.halfLifeDays),
  );
}

/**
 * `teamInsights` with the per-rep part supplied by the caller. The scores of a rep depend only on
 * that rep's observations (in input order), `now` and the half-life, so a caller may hand back a
 * summary it computed earlier from the very same rows; everything across the team is recomputed.
 */
export function teamInsightsWith(
  input: InsightInput,
  now: number,
  settings: InsightSettings,
  summariseRep: SummariseRep,
): TeamInsights {
  recencyWeight(0, settings.halfLifeDays); // rejects a bad half-life even without ratings
  const skills = activeSkills(input.skills);
  const month = monthOf(now);
  const tiers = repTiers(input.reps, input.results, now);
  const tierGroups = groupRepsByTier(input.reps, tiers);
  const attainmentQuarters = tierWindow(now);
  const attainment = meanAttainmentByRep(input.results, attainmentQuarters);
  const observationsByRep = groupBy(input.observations, (obs) => obs.repId);
  const scores = new Map<string, ReadonlyMap<string, SkillScore>>();
  const lastObserved = new Map<string, number>();
  for (const [repId, observations] of observationsByRep) {
    const summary = summariseRep(repId, observations);
    if (summary.scores) scores.set(repId, summary.scores);
    if (summary.lastObservedAt !== undefined) lastObserved.set(repId, summary.lastObservedAt);
  }
  const repsById = new Map(input.reps.map((rep) => [rep.id, rep]));
  const benchmarks = starBenchmarks(skills, tierGroups.star, scores, (repId) => repsById.get(repId)?.name);
  const activeRepIds = input.reps.filter((rep) => rep.active).map((rep) => rep.id);
  const skillsById = new Map(skills.map((skill) => [skill.id, skill]));
  const skillDifferentiators = differentiators(skills, tierGroups, activeRepIds, scores, attainment);
  const coachingMinutes = coachingMinutesByRep(input.timeEntries, month);
  return {
    now,
    settings,
    month,
    skills,
    skillsById,
    repsById,
    accountsById: new Map(input.accounts.map((account) => [account.id, account])),
    tiers,
    tierGroups,
    attainment,
    attainmentQuarters,
    scores,
    benchmarks,
    usesDefaultBenchmark: [...benchmarks.values()].some((benchmark) => benchmark.source === 'default-level-3'),
    differentiators: skillDifferentiators,
    strengths: new Map(skillDifferentiators.map((d) => [d.skillId, d.strength])),
    lastObserved,
    cadence: teamCadence(input.reps, lastObserved, now, settings.cadenceTargetDays),
    coachingMinutes,
    managerTime: managerTimeShare(input.timeEntries, month, settings.coachingShareTarget),
    coreCoaching: coreCoachingShare(coachingMinutes, (repId) => tiers.get(repId)?.tier, month, {
      star: tierGroups.star.length,
      core: tierGroups.core.length,
      developing: tierGroups.developing.length,
    }),
    techniques: starTechniquesBySkill(input.observations, skillsById, repsById),
    observationsByRep,
    observationsByAccount: groupBy(input.observations, (obs) => obs.accountId),
    plansByRep: groupBy(input.plans, (plan) => plan.repId),
    strategiesByAccount: groupBy(input.strategies, (strategy) => strategy.accountId),
    resultsByRep: groupBy(input.results, (result) => result.repId),
  };
}
