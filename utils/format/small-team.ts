import { i18n } from '#i18n';
import type { RepTier } from '../insights/tiers';
import type { SkillBenchmark } from '../insights/benchmark';
import { defaultBenchmarkLevel, minRepsForTiers } from '../insights/settings';
import { formatScore } from './numbers';

/**
 * Why the rep has the tier shown. Before enough reps have results, a small team is told what
 * CoachLens does instead (compare with level 3 of the framework) rather than what it refuses.
 * `teamSize`, the active reps, where the surface knows it.
 */
export function tierReasonText(tier: Pick<RepTier, 'code' | 'reason'>, teamSize?: number): string {
  if (tier.code !== 'too-few-reps') return tier.reason;
  const level = String(defaultBenchmarkLevel);
  if (teamSize !== undefined && teamSize < minRepsForTiers) {
    return teamSize === 1
      ? i18n.t('insights.smallTeamOne', { level })
      : i18n.t('insights.smallTeam', { count: String(teamSize), level });
  }
  return i18n.t('insights.fewResults', { min: String(minRepsForTiers), level });
}

/** A benchmark as a cell shows it: the stars' score, or "level 3" where no star is rated yet. */
export function benchmarkText(benchmark: Pick<SkillBenchmark, 'source' | 'value'>): string {
  return benchmark.source === 'stars'
    ? formatScore(benchmark.value)
    : i18n.t('insights.levelBenchmark', { level: String(defaultBenchmarkLevel) });
}
