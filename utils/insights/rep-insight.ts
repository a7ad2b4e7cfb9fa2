import type { PlanAction } from '../schemas';
import { defaultBenchmark, type SkillBenchmark } from './benchmark';
import { cadenceOf, type Cadence } from './cadence';
import { repCoachingTime, type RepCoachingTime } from './coaching-time';
import { repGaps, suggestFocus, type SkillGap } from './gaps';
import type { InsightInput, SkillRef } from './input';
import { latestObservations, observationView, type ObservationView } from './observation-view';
import { dayMs } from './periods';
import { relativeStrengths, type RelativeStrength } from './relative-strengths';
import { defaultInsightSettings, dueSoonDays, type InsightSettings } from './settings';
import { scoreOf, type SkillTrend } from './skill-scores';
import { teamInsights, type TeamInsights } from './team-insights';
import type { RepTier } from './tiers';

/** How many observations the rep panel lists. */
export const repRecentObservationCount = 5;
/** At most this many focus skills at a time (Rackham: one behaviour at a time, at most two). */
export const maxFocusSkills = 2;

export interface SkillRow extends SkillRef {
  score: number | null;
  evidence: number;
  lowEvidence: boolean;
  lastRatedAt: number | null;
  /** No rating in 120 days: greyed, and not in the rep's own mean. */
  stale: boolean;
  trend: SkillTrend | null;
  benchmark: SkillBenchmark;
  /** max(0, benchmark − score); null when not observed. */
  gap: number | null;
  /** Against the rep's own mean (halo-free); null when stale, unrated or the only current score. */
  relative: RelativeStrength | null;
}

export interface PlanView {
  id: string;
  skillId: string;
  skillName: string;
  fromLevel: number;
  targetLevel: number;
  /** The target level's behavioural anchor. */
  targetBehaviour: string;
  actions: PlanAction[];
  actionsDone: number;
  support: string;
  reviewAt: number;
  /** The review is past or within 7 days. */
  reviewDue: boolean;
  /** The review date has passed. */
  reviewOverdue: boolean;
}

export interface CurrentFocus extends SkillRef {
  planId: string;
  targetLevel: number;
  targetBehaviour: string;
  reviewAt: number;
  /** The rep's current score on the skill (null when not rated). */
  score: number | null;
}

export interface RepFocus {
  /** Skills of the rep's active plans, earliest review first: the focus. */
  current: CurrentFocus[];
  /**
   * Suggested focus skills, only while the rep has no active plan: a plan's skill is the focus,
   * and a suggestion beside it would read as a second one. At most 2.
   */
  suggested: SkillGap[];
}

export type RepAttentionItem =
  | { kind: 'overdue'; daysSince: number | null }
  | { kind: 'plan-review'; planId: string; skillName: string; reviewAt: number }
  | { kind: 'low-evidence'; skills: SkillRef[] };

export interface RepInsight {
  rep: { id: string; name: string; team: string | null; active: boolean };
  tier: RepTier;
  /**
   * Mean attainment over the last two completed quarters, the figure the tier ranks by and every
   * view shows, with those quarters; null without results there.
   */
  attainment: { pct: number; quarters: readonly [string, string] } | null;
  /** Every active skill, in the framework's order. */
  skills: SkillRow[];
  /** Some skill uses the level-3 default benchmark (no star rated on it). */
  usesDefaultBenchmark: boolean;
  /** Skills below the benchmark, highest priority first. */
  gaps: SkillGap[];
  notObserved: SkillRef[];
  focus: RepFocus;
  /** Active plans, earliest review first. */
  plans: PlanView[];
  /** The last 5 observations, newest first. */
  recentObservations: ObservationView[];
  cadence: Cadence;
  coachingTime: RepCoachingTime;
  /** Overdue, plan reviews due, low evidence; empty for an inactive rep. */
  attention: { count: number; items: RepAttentionItem[] };
}

function attainmentOf(team: TeamInsights, repId: string): RepInsight['attainment'] {
  const pct = team.attainment.get(repId);
  return pct === undefined ? null : { pct, quarters: team.attainmentQuarters };
}

/** Active plans on active skills, earliest review first, with their skill. */
function activePlans(team: TeamInsights, repId: string): PlanView[] {
  const dueBy = team.now + dueSoonDays * dayMs;
  const plans: PlanView[] = [];
  for (const plan of team.plansByRep.get(repId) ?? []) {
    const skill = team.skillsById.get(plan.skillId);
    if (plan.status !== 'active' || !skill) continue;
    plans.push({
      id: plan.id,
      skillId: skill.id,
      skillName: skill.name,
      fromLevel: plan.fromLevel,
      targetLevel: plan.targetLevel,
      targetBehaviour: skill.levels[plan.targetLevel - 1] ?? '',
      actions: plan.actions,
      actionsDone: plan.actions.filter((action) => action.done).length,
      support: plan.support,
      reviewAt: plan.reviewAt,
      reviewDue: plan.reviewAt <= dueBy,
      reviewOverdue: plan.reviewAt < team.now,
    });
  }
  return plans.sort((a, b) => a.reviewAt - b.reviewAt || a.skillName.localeCompare(b.skillName));
}

function focusOf(team: TeamInsights, repId: string, plans: readonly PlanView[], gaps: readonly SkillGap[]): RepFocus {
  const current: CurrentFocus[] = [];
  const seen = new Set<string>();
  for (const plan of plans) {
    if (seen.has(plan.skillId)) continue;
    seen.add(plan.skillId);
    current.push({
      skillId: plan.skillId,
      skillName: plan.skillName,
      planId: plan.id,
      targetLevel: plan.targetLevel,
      targetBehaviour: plan.targetBehaviour,
      reviewAt: plan.reviewAt,
      score: scoreOf(team.scores, repId, plan.skillId).score,
    });
  }
  return { current, suggested: current.length > 0 ? [] : suggestFocus(gaps, seen, maxFocusSkills) };
}

/** The rep's focus skills (active plans, then suggestions), for views that need only that. O(skills + rep's plans). */
export function repFocus(team: TeamInsights, repId: string): RepFocus {
  const { gaps } = repGaps(repId, team.skills, team.scores, team.benchmarks, team.strengths);
  return focusOf(team, repId, activePlans(team, repId), gaps);
}

/**
 * The rep panel's view model from precomputed team insights. Null for an unknown rep.
 * Cost: O(skills log skills + the rep's observations log + the rep's plans and results).
 */
export function repInsightFrom(team: TeamInsights, repId: string): RepInsight | null {
  const rep = team.repsById.get(repId);
  if (!rep) return null;
  const tier = team.tiers.get(repId);
  if (!tier) return null;

  const scores = team.skills.map((skill) => scoreOf(team.scores, repId, skill.id));
  const relative = relativeStrengths(scores);
  const skills: SkillRow[] = team.skills.map((skill, index) => {
    const score = scores[index]!;
    const benchmark = team.benchmarks.get(skill.id) ?? defaultBenchmark(skill.id);
    return {
      skillId: skill.id,
      skillName: skill.name,
      score: score.score,
      evidence: score.evidence,
      lowEvidence: score.lowEvidence,
      lastRatedAt: score.lastRatedAt,
      stale: score.stale,
      trend: score.trend,
      benchmark,
      gap: score.score === null ? null : Math.max(0, benchmark.value - score.score),
      relative: relative.get(skill.id) ?? null,
    };
  });
  const { gaps, notObserved } = repGaps(repId, team.skills, team.scores, team.benchmarks, team.strengths);
  const plans = activePlans(team, repId);
  const cadence = cadenceOf(
    repId,
    team.lastObserved.get(repId) ?? null,
    team.now,
    team.settings.cadenceTargetDays,
    rep.addedAt,
  );

  const items: RepAttentionItem[] = [];
  if (rep.active) {
    if (cadence.overdue) items.push({ kind: 'overdue', daysSince: cadence.daysSince });
    for (const plan of plans) {
      if (plan.reviewDue)
        items.push({ kind: 'plan-review', planId: plan.id, skillName: plan.skillName, reviewAt: plan.reviewAt });
    }
    // Rated, but on too few ratings to trust: observe these again. Never-rated skills are not
    // low evidence (they show as "not observed"), and a never-observed rep is already overdue.
    const lowEvidence = skills
      .filter((row) => row.lowEvidence && row.evidence > 0 && !row.stale)
      .map(({ skillId, skillName }) => ({ skillId, skillName }));
    if (lowEvidence.length > 0) items.push({ kind: 'low-evidence', skills: lowEvidence });
  }

  return {
    rep: { id: rep.id, name: rep.name, team: rep.team ?? null, active: rep.active },
    tier,
    attainment: attainmentOf(team, repId),
    skills,
    usesDefaultBenchmark: skills.some((row) => row.benchmark.source === 'default-level-3'),
    gaps,
    notObserved,
    focus: focusOf(team, repId, plans, gaps),
    plans,
    recentObservations: latestObservations(team.observationsByRep.get(repId) ?? [], repRecentObservationCount).map(
      (obs) => observationView(obs, team),
    ),
    cadence,
    coachingTime: repCoachingTime(
      repId,
      team.month,
      team.coachingMinutes.get(repId) ?? 0,
      team.settings.coachingMinutesTarget,
    ),
    attention: { count: items.length, items },
  };
}

/**
 * The rep panel's view model. Needs: all reps and all results (tiers rank the whole team), the
 * skills, the observations of this rep and of every star and core rep (benchmark and
 * differentiator strength), this rep's plans, this month's time entries, and the accounts named
 * in the rep's recent observations. Builds `teamInsights` once, O(total rows); to render many reps
 * from the same data, build `teamInsights` once and call `repInsightFrom` per rep.
 */
export function repInsight(
  input: InsightInput,
  repId: string,
  now: number,
  settings: InsightSettings = defaultInsightSettings,
): RepInsight | null {
  return repInsightFrom(teamInsights(input, now, settings), repId);
}
