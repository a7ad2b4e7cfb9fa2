import type { Observation, Rep, Skill } from '../schemas';

export interface StarTechnique {
  observationId: string;
  repId: string;
  repName: string;
  skillId: string;
  skillName: string;
  /** The marked note, trimmed. */
  text: string;
  observedAt: number;
}

/**
 * Every note the manager marked as a star technique, by skill, newest first. Marks on archived or
 * deleted skills, on unknown reps or on notes since emptied are left out. O(observations).
 */
export function starTechniquesBySkill(
  observations: readonly Observation[],
  skillsById: ReadonlyMap<string, Skill>,
  repsById: ReadonlyMap<string, Rep>,
): Map<string, StarTechnique[]> {
  const bySkill = new Map<string, StarTechnique[]>();
  for (const obs of observations) {
    if (!obs.starTechniques) continue;
    const rep = repsById.get(obs.repId);
    if (!rep) continue;
    for (const mark of obs.starTechniques) {
      const skill = skillsById.get(mark.skillId);
      const text = obs[mark.note].trim();
      if (!skill || text === '') continue;
      const list = bySkill.get(skill.id) ?? [];
      list.push({
        observationId: obs.id,
        repId: rep.id,
        repName: rep.name,
        skillId: skill.id,
        skillName: skill.name,
        text,
        observedAt: obs.observedAt,
      });
      bySkill.set(skill.id, list);
    }
  }
  for (const list of bySkill.values()) list.sort((a, b) => b.observedAt - a.observedAt);
  return bySkill;
}

/** Longest technique text carried into a plan action (actions hold at most 500 characters). */
const actionTextLimit = 300;

/** The plan action a technique offers another rep: "Pair with Maya on Discovery: …". English; the UI words it through i18n. */
export function techniqueActionParts(technique: StarTechnique): { name: string; skill: string; technique: string } {
  const text =
    technique.text.length > actionTextLimit ? `${technique.text.slice(0, actionTextLimit - 1)}…` : technique.text;
  return { name: technique.repName, skill: technique.skillName, technique: text };
}

/** Techniques another rep can learn from: never the rep's own. */
export function techniquesFor(
  bySkill: ReadonlyMap<string, readonly StarTechnique[]>,
  skillId: string,
  repId: string,
): StarTechnique[] {
  return (bySkill.get(skillId) ?? []).filter((technique) => technique.repId !== repId);
}
