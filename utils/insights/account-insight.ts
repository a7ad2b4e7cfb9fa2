import { accountPrompts, type AccountPromptGroup } from '../defaults/account-prompts';
import type { Importance, Strategy } from '../schemas';
import type { InsightInput, SkillRef } from './input';
import { latestObservations, observationView, type ObservationView } from './observation-view';
import { dayMs } from './periods';
import { repFocus } from './rep-insight';
import { defaultInsightSettings, dueSoonDays, type InsightSettings } from './settings';
import type { StarTechnique } from './star-techniques';
import { teamInsights, type TeamInsights } from './team-insights';

/** How many observations the account panel lists. */
export const accountRecentObservationCount = 10;

export interface PromptView {
  id: string;
  group: AccountPromptGroup;
  text: string;
  /** The saved answer, trimmed; null when blank or missing. */
  answer: string | null;
  /**
   * For "what would our best rep do differently": star techniques to draw on, the owner's focus
   * skill first, never the owner's own, at most 3. Empty for every other prompt.
   */
  techniques: StarTechnique[];
}

/** The prompt that star techniques answer. */
export const bestRepPromptId = 'best-rep';
/** How many techniques the best-rep prompt offers. */
const bestRepTechniqueCount = 3;

function techniquesForOwner(
  team: TeamInsights,
  ownerRepId: string | null,
  focusSkillId: string | null,
): StarTechnique[] {
  const all = [...team.techniques.values()].flat().filter((technique) => technique.repId !== ownerRepId);
  const onFocus = (technique: StarTechnique) => (technique.skillId === focusSkillId ? 0 : 1);
  return all.sort((a, b) => onFocus(a) - onFocus(b) || b.observedAt - a.observedAt).slice(0, bestRepTechniqueCount);
}

export interface OwnerFocus extends SkillRef {
  /** `plan`: the skill of an active plan; `suggested`: the top suggested focus skill. */
  source: 'plan' | 'suggested';
}

export type AccountAttentionItem = { kind: 'meeting-unprepared'; meetingAt: number; unansweredCount: number };

export interface AccountInsight {
  account: { id: string; name: string; importance: Importance };
  /** Null when the account has no owner, or the owner rep is unknown. */
  owner: { repId: string; name: string; topFocus: OwnerFocus | null } | null;
  /** Every strategy prompt, in order, with the answer from the most recently updated session. */
  prompts: PromptView[];
  unansweredPromptIds: string[];
  /** The earliest meetingAt at or after now, over all the account's sessions. */
  nextMeetingAt: number | null;
  lastStrategyUpdateAt: number | null;
  /** Observations at this account, newest first, at most 10. */
  observations: ObservationView[];
  /** A key account with a meeting within 7 days and unanswered prompts. */
  attention: { count: number; items: AccountAttentionItem[] };
}

function latestSession(strategies: readonly Strategy[]): Strategy | null {
  let latest: Strategy | null = null;
  for (const strategy of strategies) {
    if (!latest || strategy.updatedAt > latest.updatedAt) latest = strategy;
  }
  return latest;
}

/**
 * The account panel's view model from precomputed team insights. Null for an unknown account.
 * Cost: O(prompts + the account's strategies + its observations log + the owner's skills and plans).
 */
export function accountInsightFrom(team: TeamInsights, accountId: string): AccountInsight | null {
  const account = team.accountsById.get(accountId);
  if (!account) return null;

  const strategies = team.strategiesByAccount.get(accountId) ?? [];
  const session = latestSession(strategies);

  let nextMeetingAt: number | null = null;
  for (const strategy of strategies) {
    const at = strategy.meetingAt;
    if (at !== undefined && at >= team.now && (nextMeetingAt === null || at < nextMeetingAt)) nextMeetingAt = at;
  }

  let owner: AccountInsight['owner'] = null;
  const ownerRep = account.ownerRepId === undefined ? undefined : team.repsById.get(account.ownerRepId);
  if (ownerRep) {
    const focus = repFocus(team, ownerRep.id);
    const current = focus.current[0];
    const suggested = focus.suggested[0];
    const topFocus: OwnerFocus | null = current
      ? { skillId: current.skillId, skillName: current.skillName, source: 'plan' }
      : suggested
        ? { skillId: suggested.skillId, skillName: suggested.skillName, source: 'suggested' }
        : null;
    owner = { repId: ownerRep.id, name: ownerRep.name, topFocus };
  }

  const techniques = techniquesForOwner(team, owner?.repId ?? null, owner?.topFocus?.skillId ?? null);
  const prompts: PromptView[] = accountPrompts.map((prompt) => {
    const answer = session?.answers[prompt.id]?.trim() ?? '';
    return {
      id: prompt.id,
      group: prompt.group,
      text: prompt.text,
      answer: answer === '' ? null : answer,
      techniques: prompt.id === bestRepPromptId ? techniques : [],
    };
  });
  const unansweredPromptIds = prompts.filter((prompt) => prompt.answer === null).map((prompt) => prompt.id);

  const items: AccountAttentionItem[] = [];
  if (
    account.importance === 'key' &&
    nextMeetingAt !== null &&
    nextMeetingAt <= team.now + dueSoonDays * dayMs &&
    unansweredPromptIds.length > 0
  ) {
    items.push({ kind: 'meeting-unprepared', meetingAt: nextMeetingAt, unansweredCount: unansweredPromptIds.length });
  }

  return {
    account: { id: account.id, name: account.name, importance: account.importance },
    owner,
    prompts,
    unansweredPromptIds,
    nextMeetingAt,
    lastStrategyUpdateAt: session?.updatedAt ?? null,
    observations: latestObservations(
      team.observationsByAccount.get(accountId) ?? [],
      accountRecentObservationCount,
    ).map((obs) => observationView(obs, team)),
    attention: { count: items.length, items },
  };
}

/**
 * The account panel's view model. Needs: the account, its strategies and observations, the owner
 * rep with their plans and observations, plus all reps, all results and the star and core reps'
 * observations (the owner's focus skill is ranked against the star benchmark). Builds
 * `teamInsights` once, O(total rows); use `accountInsightFrom` to render many accounts.
 */
export function accountInsight(
  input: InsightInput,
  accountId: string,
  now: number,
  settings: InsightSettings = defaultInsightSettings,
): AccountInsight | null {
  return accountInsightFrom(teamInsights(input, now, settings), accountId);
}
