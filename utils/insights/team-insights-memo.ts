import type { Observation } from '../schemas';
import type { InsightInput } from './input';
import type { InsightSettings } from './settings';
import {
  repObservationSummary,
  teamInsightsWith,
  type RepObservationSummary,
  type TeamInsights,
} from './team-insights';

interface Entry {
  observations: readonly Observation[];
  now: number;
  halfLifeDays: number;
  summary: RepObservationSummary;
}

/**
 * `teamInsights` for a caller that recomputes after small changes (the background's team cache).
 * Scoring every rating is most of the cost (100,000 observations: ~350 ms in Node), and a write
 * touches one or two reps: a rep's summary is reused when its observations are the very same row
 * objects, in the same order, for the same `now` and half-life; every team-level number (tiers,
 * benchmarks, differentiators, cadence, time) is recomputed each time. Rows must be treated as
 * immutable: a changed row must be a new object (as every read from Dexie is), or it goes unseen.
 * The result equals `teamInsights(input, now, settings)` (team-insights-memo.test.ts).
 */
export class TeamInsightsMemo {
  private entries = new Map<string, Entry>();

  compute(input: InsightInput, now: number, settings: InsightSettings): TeamInsights {
    const next = new Map<string, Entry>();
    const { halfLifeDays } = settings;
    const team = teamInsightsWith(input, now, settings, (repId, observations) => {
      let entry = this.entries.get(repId);
      if (
        !entry ||
        entry.now !== now ||
        entry.halfLifeDays !== halfLifeDays ||
        !sameRows(entry.observations, observations)
      ) {
        entry = {
          observations,
          now,
          halfLifeDays,
          summary: repObservationSummary(repId, observations, now, halfLifeDays),
        };
      }
      next.set(repId, entry);
      return entry.summary;
    });
    // Reps with no observations left are forgotten with their rows.
    this.entries = next;
    return team;
  }
}

function sameRows(a: readonly Observation[], b: readonly Observation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
