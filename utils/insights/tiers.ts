import type { Rep, Result, Tier } from '../schemas';
import { periodQuarter, previousQuarter, quarterOf } from './periods';
import { minRepsForTiers, tierShare } from './settings';
import { tierReason, type TierReasonCode } from './sentences';

export interface RepTier {
  repId: string;
  /** The tier the insights use: the manual one, else the suggestion from results. */
  tier: Tier;
  source: 'manual' | 'results';
  code: TierReasonCode;
  /** English reason, e.g. "Top 20% by attainment over 2026-Q2 and 2026-Q3". */
  reason: string;
  /** Mean attainment over the window; null without results there (also for manual tiers). */
  meanAttainmentPct: number | null;
  /** The window: the two completed quarters before `now`'s, earlier first. */
  quarters: readonly [string, string];
  /** Active reps with results in the window (the ranking pool). */
  poolSize: number;
}

/**
 * The quarters tiers are suggested from: the last two completed ones (local time). The running
 * quarter is left out, so a tier does not flip on the first day of a quarter, when its results
 * are a few days old or missing.
 */
export function tierWindow(now: number): readonly [string, string] {
  const last = previousQuarter(quarterOf(now));
  return [previousQuarter(last), last];
}

/**
 * Mean attainment per rep over the given quarters. Within a quarter a quarterly result wins over
 * monthly ones (so a rep entering both is not counted twice); without one, the quarter's monthly
 * results are averaged; several rows for the same period are averaged. The rep's figure is then the
 * mean over the quarters that have a value, each quarter weighing the same. O(results).
 */
export function meanAttainmentByRep(results: readonly Result[], quarters: readonly string[]): Map<string, number> {
  const wanted = new Set(quarters);
  interface QuarterSums {
    quarterSum: number;
    quarterCount: number;
    monthSum: number;
    monthCount: number;
  }
  const byRep = new Map<string, Map<string, QuarterSums>>();
  for (const result of results) {
    const quarter = periodQuarter(result.period);
    if (quarter === null || !wanted.has(quarter)) continue;
    let byQuarter = byRep.get(result.repId);
    if (!byQuarter) {
      byQuarter = new Map();
      byRep.set(result.repId, byQuarter);
    }
    let sums = byQuarter.get(quarter);
    if (!sums) {
      sums = { quarterSum: 0, quarterCount: 0, monthSum: 0, monthCount: 0 };
      byQuarter.set(quarter, sums);
    }
    if (result.period === quarter) {
      sums.quarterSum += result.attainmentPct;
      sums.quarterCount += 1;
    } else {
      sums.monthSum += result.attainmentPct;
      sums.monthCount += 1;
    }
  }
  const means = new Map<string, number>();
  for (const [repId, byQuarter] of byRep) {
    let total = 0;
    for (const sums of byQuarter.values()) {
      total += sums.quarterCount > 0 ? sums.quarterSum / sums.quarterCount : sums.monthSum / sums.monthCount;
    }
    means.set(repId, total / byQuarter.size);
  }
  return means;
}

/** How many reps go in the star tier and in the developing tier: max(1, round(n × 20%)); 4–7 reps → 1, 8–12 → 2. */
export function tierCutCount(poolSize: number): number {
  return Math.max(1, Math.round(poolSize * tierShare));
}

/**
 * The tier of every rep. A manual tier (tierSource `manual`, not `unset`) wins. Otherwise, with at
 * least 4 active reps having results in the window, reps are ranked by mean attainment: the k
 * highest are `star`, the k lowest `developing` (k = `tierCutCount`), the rest `core`. Reps tied
 * with the k-th value share its tier, so a tier can hold more than k reps; a rep that would be both
 * (many ties, e.g. everyone equal) is `core`. Inactive reps are not ranked. O(reps + results + n log n).
 */
export function repTiers(reps: readonly Rep[], results: readonly Result[], now: number): Map<string, RepTier> {
  const quarters = tierWindow(now);
  const attainment = meanAttainmentByRep(results, quarters);
  const pool: number[] = [];
  for (const rep of reps) {
    const mean = attainment.get(rep.id);
    if (rep.active && mean !== undefined) pool.push(mean);
  }
  pool.sort((a, b) => b - a);
  const poolSize = pool.length;
  const k = tierCutCount(poolSize);
  const starCut = pool[k - 1] ?? Infinity;
  const developingCut = pool[poolSize - k] ?? -Infinity;
  const facts = { quarters, poolSize, minReps: minRepsForTiers, sharePct: Math.round(tierShare * 100) };

  const tiers = new Map<string, RepTier>();
  for (const rep of reps) {
    const mean = attainment.get(rep.id) ?? null;
    const make = (tier: Tier, source: RepTier['source'], code: TierReasonCode): RepTier => ({
      repId: rep.id,
      tier,
      source,
      code,
      reason: tierReason(code, facts),
      meanAttainmentPct: mean,
      quarters,
      poolSize,
    });
    if (rep.tierSource === 'manual' && rep.tier !== 'unset') {
      tiers.set(rep.id, make(rep.tier, 'manual', 'manual'));
    } else if (!rep.active) {
      tiers.set(rep.id, make('unset', 'results', 'inactive'));
    } else if (poolSize < minRepsForTiers) {
      tiers.set(rep.id, make('unset', 'results', 'too-few-reps'));
    } else if (mean === null) {
      tiers.set(rep.id, make('unset', 'results', 'no-results'));
    } else {
      const isStar = mean >= starCut;
      const isDeveloping = mean <= developingCut;
      if (isStar && !isDeveloping) tiers.set(rep.id, make('star', 'results', 'top'));
      else if (isDeveloping && !isStar) tiers.set(rep.id, make('developing', 'results', 'bottom'));
      else tiers.set(rep.id, make('core', 'results', 'middle'));
    }
  }
  return tiers;
}

export interface TierGroups {
  star: string[];
  core: string[];
  developing: string[];
  unset: string[];
}

/** Active rep ids by effective tier (inactive reps are left out of every comparison). */
export function groupRepsByTier(reps: readonly Rep[], tiers: ReadonlyMap<string, RepTier>): TierGroups {
  const groups: TierGroups = { star: [], core: [], developing: [], unset: [] };
  for (const rep of reps) {
    if (!rep.active) continue;
    groups[tiers.get(rep.id)?.tier ?? 'unset'].push(rep.id);
  }
  return groups;
}
