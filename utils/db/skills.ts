import { type Skill, skillSchema } from '../schemas';
import { defaultSkills } from '../defaults/default-skills';
import type { CoachLensDb } from './app-db';
import { InUseError, NotFoundError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Skill not saved';
const readContext = 'Skills not loaded';

/** Adds a skill to the framework; without an `order` it goes last. */
export async function addSkill(db: CoachLensDb, input: unknown): Promise<Skill> {
  const fields = withoutUndefined(asObject(input, saveContext));
  return guard(saveContext, () =>
    db.transaction('rw', db.skills, async () => {
      const last = await db.skills.orderBy('order').last();
      const skill = parseRow(
        skillSchema,
        { description: '', archived: false, order: last ? last.order + 1 : 0, ...fields, id: newId() },
        saveContext,
      );
      await db.skills.add(skill);
      return skill;
    }),
  );
}

/** Changes the given fields of a skill (name, anchors, order, `archived`). */
export async function updateSkill(db: CoachLensDb, id: string, patch: unknown): Promise<Skill> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.skills, async () => {
      const current = await db.skills.get(id);
      if (!current) throw new NotFoundError('Skill', id);
      const skill = parseRow(skillSchema, applyPatch(current, patch, saveContext, ['id']), saveContext);
      await db.skills.put(skill);
      return skill;
    }),
  );
}

/** The skill, or `null` when there is none. */
export async function getSkill(db: CoachLensDb, id: string): Promise<Skill | null> {
  return guard(readContext, async () => (await db.skills.get(id)) ?? null);
}

/** The framework in its order, through the `order` index; archived skills only when asked for. */
export async function listSkills(db: CoachLensDb, options: { includeArchived?: boolean } = {}): Promise<Skill[]> {
  return guard(readContext, async () => {
    const skills = await db.skills.orderBy('order').toArray();
    return options.includeArchived === true ? skills : skills.filter((skill) => !skill.archived);
  });
}

/**
 * Installs the default framework (docs/method.md#the-default-skill-framework) when the skills table is empty, and returns the
 * installed skills; on a database that has skills it does nothing and returns `[]`, so it is
 * safe to call on every start. The check and the writes share one transaction, so two extension
 * pages starting at once cannot install the framework twice.
 */
export async function installDefaultSkills(db: CoachLensDb): Promise<Skill[]> {
  return guard('Default skills not installed', () =>
    db.transaction('rw', db.skills, async () => {
      if ((await db.skills.count()) > 0) return [];
      const skills = defaultSkills.map((skill, order) =>
        parseRow(
          skillSchema,
          {
            id: skill.id,
            name: skill.name,
            description: skill.description,
            levels: [...skill.levels],
            order,
            archived: false,
          },
          'Default skills not installed',
        ),
      );
      await db.skills.bulkAdd(skills);
      return skills;
    }),
  );
}

/**
 * Deletes a skill no observation rates and no plan targets. A skill in use is refused with an
 * `InUseError`: its ratings are the evidence behind every score, so archive it instead.
 */
export async function deleteSkill(db: CoachLensDb, id: string): Promise<void> {
  await guard('Skill not deleted', () =>
    db.transaction('rw', db.skills, db.observations, db.plans, async () => {
      const skill = await db.skills.get(id);
      if (!skill) throw new NotFoundError('Skill', id);
      const ratedBy = await db.observations
        .filter((obs) => obs.ratings.some((rating) => rating.skillId === id))
        .count();
      const plannedBy = await db.plans.filter((plan) => plan.skillId === id).count();
      if (ratedBy > 0 || plannedBy > 0) {
        throw new InUseError(
          `Skill ${skill.name} not deleted: ${ratedBy} observation(s) and ${plannedBy} plan(s) use it; archive it instead`,
        );
      }
      await db.skills.delete(id);
    }),
  );
}
