import type { CoachLensDb } from '@/utils/db/app-db';
import { addSkill, listSkills, updateSkill } from '@/utils/db/skills';
import { defaultSkills } from '@/utils/defaults/default-skills';

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * Puts the default framework back: each default skill (matched by name) gets its description and
 * anchors back and is un-archived, missing ones are added, in the default order. The manager's own
 * skills are archived, not deleted, so their ratings stay as history. Returns how many were archived.
 */
export async function restoreDefaultFramework(db: CoachLensDb): Promise<{ archived: number; added: number }> {
  const skills = await listSkills(db, { includeArchived: true });
  let added = 0;
  for (const [order, preset] of defaultSkills.entries()) {
    const existing = skills.find((skill) => sameName(skill.name, preset.name));
    const fields = {
      name: preset.name,
      description: preset.description,
      levels: [...preset.levels],
      order,
      archived: false,
    };
    if (existing) await updateSkill(db, existing.id, fields);
    else {
      await addSkill(db, fields);
      added += 1;
    }
  }
  const custom = skills.filter((skill) => !defaultSkills.some((preset) => sameName(preset.name, skill.name)));
  for (const [index, skill] of custom.entries()) {
    await updateSkill(db, skill.id, { archived: true, order: defaultSkills.length + index });
  }
  return { archived: custom.filter((skill) => !skill.archived).length, added };
}

/** Moves a skill one place up or down in the framework, renumbering the order densely. */
export async function moveSkill(db: CoachLensDb, id: string, direction: -1 | 1): Promise<void> {
  const skills = await listSkills(db, { includeArchived: true });
  const index = skills.findIndex((skill) => skill.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= skills.length) return;
  const reordered = [...skills];
  [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
  for (const [order, skill] of reordered.entries()) {
    if (skill.order !== order) await updateSkill(db, skill.id, { order });
  }
}
