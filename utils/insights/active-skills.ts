import type { Skill } from '../schemas';

/** The skills the insights show: archived skills left out, in the framework's order (then by name). */
export function activeSkills(skills: readonly Skill[]): Skill[] {
  return skills
    .filter((skill) => !skill.archived)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
