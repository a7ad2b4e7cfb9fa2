import type { Account, Observation, Plan, Rep, Result, Skill, Strategy } from '../schemas';
import { activeSkills } from './active-skills';
import { starBenchmarks, type SkillBenchmark } from './benchmark';
import { lastObservedByRep, teamCadence, type Cadence } from './cadence';
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
import { scoreTable, type ScoreTable } from './skill-scores';
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
  /** Mean attainment over the tier window, by rep. */
  attainment: Map<string, number>;
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

export function teamInsights(
  input: InsightInput,
  now: number,
  settings: InsightSettings = defaultInsightSettings,
): TeamInsights {
  const skills = activeSkills(input.skills);
  const month = monthOf(now);
  const tiers = repTiers(input.reps, input.results, now);
  const tierGroups = groupRepsByTier(input.reps, tiers);
  const attainment = meanAttainmentByRep(input.results, tierWindow(now));
  const scores = scoreTable(input.observations, now, settings.halfLifeDays);
  const benchmarks = starBenchmarks(skills, tierGroups.star, scores);
  const activeRepIds = input.reps.filter((rep) => rep.active).map((rep) => rep.id);
  const skillDifferentiators = differentiators(skills, tierGroups, activeRepIds, scores, attainment);
  const lastObserved = lastObservedByRep(input.observations);
  const coachingMinutes = coachingMinutesByRep(input.timeEntries, month);
  return {
    now,
    settings,
    month,
    skills,
    skillsById: new Map(skills.map((skill) => [skill.id, skill])),
    repsById: new Map(input.reps.map((rep) => [rep.id, rep])),
    accountsById: new Map(input.accounts.map((account) => [account.id, account])),
    tiers,
    tierGroups,
    attainment,
    scores,
    benchmarks,
    usesDefaultBenchmark: [...benchmarks.values()].some((benchmark) => benchmark.source === 'default-level-3'),
    differentiators: skillDifferentiators,
    strengths: new Map(skillDifferentiators.map((d) => [d.skillId, d.strength])),
    lastObserved,
    cadence: teamCadence(input.reps, lastObserved, now, settings.cadenceTargetDays),
    coachingMinutes,
    managerTime: managerTimeShare(input.timeEntries, month, settings.coachingShareTarget),
    coreCoaching: coreCoachingShare(
      coachingMinutes,
      (repId) => tiers.get(repId)?.tier,
      month,
      settings.coreShareTarget,
    ),
    observationsByRep: groupBy(input.observations, (obs) => obs.repId),
    observationsByAccount: groupBy(input.observations, (obs) => obs.accountId),
    plansByRep: groupBy(input.plans, (plan) => plan.repId),
    strategiesByAccount: groupBy(input.strategies, (strategy) => strategy.accountId),
    resultsByRep: groupBy(input.results, (result) => result.repId),
  };
}
