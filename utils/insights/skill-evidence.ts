import type { NoteField, Observation } from '../schemas';

/** The note fields a quote is taken from, in order of preference: what was seen, then what to keep. */
const quoteFields: readonly NoteField[] = ['saw', 'keep'];

/**
 * The note of an observation that is evidence for one skill, or null. An observation's notes are
 * about the whole conversation: they speak for a skill only when the observation rated that skill
 * and no other. (A note written for one skill, when observations carry them, is the first choice:
 * it slots in here, before the whole-observation note.) No quote is better than a wrong one.
 */
export function noteForSkill(obs: Observation, skillId: string): string | null {
  if (obs.ratings.length !== 1 || obs.ratings[0]!.skillId !== skillId) return null;
  for (const field of quoteFields) {
    const text = obs[field].trim();
    if (text !== '') return text;
  }
  return null;
}
