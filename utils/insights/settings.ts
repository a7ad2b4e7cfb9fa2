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
  /** Share of rep coaching time that should reach core reps (Dixon & Adamson: the middle 60%). */
  coreShareTarget: number;
}

export const defaultInsightSettings: InsightSettings = {
  halfLifeDays: 90,
  cadenceTargetDays: 14,
  coachingMinutesTarget: 180,
  coachingShareTarget: 0.2,
  coreShareTarget: 0.6,
};

/** Fewer ratings than this is "low evidence": shown as such, never as a confident number. */
export const minConfidentEvidence = 2;
/** The trend compares the mean of the last this-many days with the same span before it. */
export const trendWindowDays = 90;
/** Tiers are suggested from results only when at least this many reps have results. */
export const minRepsForTiers = 4;
/** Share of the team in the star tier and in the developing tier. */
export const tierShare = 0.2;
/** Spearman correlation is reported only when at least this many reps have a score and results. */
export const minRepsForCorrelation = 5;
/** With no stars observed on a skill, the benchmark is this level ("Proficient"). */
export const defaultBenchmarkLevel = 3;
/** A plan review is due when it is this close or past; a meeting is "soon" within this many days. */
export const dueSoonDays = 7;
