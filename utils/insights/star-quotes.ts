import { noteForSkill } from './skill-evidence';
import type { TeamInsights } from './team-insights';

export interface StarQuote {
  observationId: string;
  repName: string;
  observedAt: number;
  text: string;
}

/** A star rated at least this level on the skill: the quote shows the skill done well. */
const quoteMinLevel = 3;

/**
 * Up to `limit` of the newest star notes that are evidence for the skill (`noteForSkill`), from
 * observations where the star was rated 3 or higher on it. O(the stars' observations).
 */
export function starQuotes(team: TeamInsights, skillId: string, limit = 2): StarQuote[] {
  const quotes: StarQuote[] = [];
  for (const repId of team.tierGroups.star) {
    for (const obs of team.observationsByRep.get(repId) ?? []) {
      const rating = obs.ratings.find((entry) => entry.skillId === skillId);
      if (!rating || rating.score < quoteMinLevel) continue;
      const text = noteForSkill(obs, skillId);
      if (text === null) continue;
      quotes.push({
        observationId: obs.id,
        repName: team.repsById.get(repId)?.name ?? '',
        observedAt: obs.observedAt,
        text,
      });
    }
  }
  return quotes.sort((a, b) => b.observedAt - a.observedAt).slice(0, limit);
}
