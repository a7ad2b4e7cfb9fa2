/** The targets and tuning the insights use; stored in `browser.storage.local`, defaults and the research behind them in docs/method.md. */
export interface InsightSettings {
  /** Age in days at which a rating counts half as much as one made today. */
  halfLifeDays: number;
  /** A rep not observed for more than this many days is overdue. */
  cadenceTargetDays: number;
  /** Coaching minutes per rep per calendar month (Sales Executive Council: 3 h). */
  coachingMinutesTarget: number;
  /** Share of the manager's time on observing, coaching and account strategy (CSO Insights: 20%). */
  coachingShareTarget: number;
}

export const defaultInsightSettings: InsightSettings = {
  halfLifeDays: 90,
  cadenceTargetDays: 14,
  coachingMinutesTarget: 180,
  coachingShareTarget: 0.2,
};

/** Fewer ratings than this is "low evidence": shown as such, never as a confident number. */
export const minConfidentEvidence = 2;
/** The trend compares the mean of the last this-many days with the same span before it. */
export const trendWindowDays = 90;
/** Tiers are suggested from results only when at least this many reps have results. */
export const minRepsForTiers = 4;
/** Share of the team in the star tier and in the developing tier. */
export const tierShare = 0.2;
/**
 * A link between a skill and results is judged only when at least this many reps have both: below
 * 8, only a near-perfect rank order clears the significance bar (0.74 at 8, 0.89 at 6), so a
 * verdict would say more about noise than about the skill.
 */
export const minRepsForCorrelation = 8;
/** A skill with no rating in this many days is stale: greyed, and left out of benchmarks and differentiators. */
export const staleAfterDays = 120;
/** A star benchmark resting on fewer ratings than this says so where it is shown. */
export const minBenchmarkRatings = 3;
/** With no stars observed on a skill, the benchmark is this level ("Proficient"). */
export const defaultBenchmarkLevel = 3;
/** A plan review is due when it is this close or past; a meeting is "soon" within this many days. */
export const dueSoonDays = 7;
