import type { Account, Observation, Plan, Rep, Result, Skill, Strategy, TimeEntry } from '../schemas';

/**
 * The rows the insights read: plain arrays, straight from Dexie or pre-narrowed by the caller.
 * What each view model needs is listed on `repInsight` and `accountInsight`.
 */
export interface InsightInput {
  reps: readonly Rep[];
  accounts: readonly Account[];
  skills: readonly Skill[];
  observations: readonly Observation[];
  plans: readonly Plan[];
  strategies: readonly Strategy[];
  results: readonly Result[];
  timeEntries: readonly TimeEntry[];
}

export interface SkillRef {
  skillId: string;
  skillName: string;
}
