import { describe, expect, it } from 'vitest';
import { defaultSkills } from '../defaults/default-skills';
import { InUseError, NotFoundError, ValidationError } from './errors';
import { addObservation, deleteObservation } from './observations';
import { addPlan } from './plans';
import { addSkill, deleteSkill, getSkill, installDefaultSkills, listSkills, updateSkill } from './skills';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();
const levels = ['One.', 'Two.', 'Three.', 'Four.'];

describe('addSkill', () => {
  it('fills the defaults and puts a new skill last', async () => {
    const first = await addSkill(db(), { name: 'Discovery', levels });
    const second = await addSkill(db(), { name: 'Closing', levels, description: 'Asks for the next step.' });
    expect(first).toEqual({
      id: expect.any(String),
      name: 'Discovery',
      description: '',
      levels,
      order: 0,
      archived: false,
    });
    expect(second.order).toBe(1);
    expect(await getSkill(db(), second.id)).toEqual(second);
  });

  it('refuses a skill without four level anchors', async () => {
    const error = await rejection(
      addSkill(db(), { name: 'Discovery', levels: ['One.', '', 'Three.'] }),
      ValidationError,
    );
    expect(error.message).toBe('Skill not saved: levels must have at least 4 items');
    const blank = await rejection(
      addSkill(db(), { name: 'Discovery', levels: ['One.', ' ', 'Three.', 'Four.'] }),
      ValidationError,
    );
    expect(blank.message).toBe('Skill not saved: levels[1] needs the behaviour seen at this level');
  });
});

describe('updateSkill', () => {
  it('archives and renames', async () => {
    const skill = await seedSkill(db());
    const updated = await updateSkill(db(), skill.id, { archived: true, name: 'Discovery & needs' });
    expect(updated).toEqual({ ...skill, archived: true, name: 'Discovery & needs' });
    expect(await getSkill(db(), skill.id)).toEqual(updated);
  });

  it('refuses a negative order and an unknown skill', async () => {
    const skill = await seedSkill(db());
    const error = await rejection(updateSkill(db(), skill.id, { order: -1 }), ValidationError);
    expect(error.message).toBe('Skill not saved: order must be at least 0');
    await rejection(updateSkill(db(), crypto.randomUUID(), { archived: true }), NotFoundError);
  });
});

describe('listSkills and getSkill', () => {
  it('lists by order through the index, archived ones only when asked', async () => {
    await seedSkill(db(), { name: 'C', order: 5 });
    await seedSkill(db(), { name: 'A', order: 1 });
    await seedSkill(db(), { name: 'B', order: 3, archived: true });
    expect((await listSkills(db())).map((skill) => skill.name)).toEqual(['A', 'C']);
    expect((await listSkills(db(), { includeArchived: true })).map((skill) => skill.name)).toEqual(['A', 'B', 'C']);
  });

  it('returns null for an unknown id', async () => {
    expect(await getSkill(db(), crypto.randomUUID())).toBeNull();
  });
});

describe('installDefaultSkills', () => {
  it('installs the default framework in its order on an empty table', async () => {
    const installed = await installDefaultSkills(db());
    expect(installed).toHaveLength(defaultSkills.length);
    const listed = await listSkills(db());
    expect(listed.map((skill) => skill.name)).toEqual(defaultSkills.map((skill) => skill.name));
    expect(listed.map((skill) => skill.order)).toEqual(defaultSkills.map((_, index) => index));
    expect(listed[0]?.levels).toEqual([...(defaultSkills[0]?.levels ?? [])]);
  });

  it('is idempotent, also when two pages call it at once', async () => {
    const [first, second] = await Promise.all([installDefaultSkills(db()), installDefaultSkills(db())]);
    expect(first.length + second.length).toBe(defaultSkills.length);
    expect(await installDefaultSkills(db())).toEqual([]);
    expect(await listSkills(db())).toHaveLength(defaultSkills.length);
  });

  it('leaves a framework the manager already has alone', async () => {
    await seedSkill(db(), { name: 'Our own skill' });
    expect(await installDefaultSkills(db())).toEqual([]);
    expect((await listSkills(db())).map((skill) => skill.name)).toEqual(['Our own skill']);
  });
});

describe('deleteSkill', () => {
  it('deletes an unused skill', async () => {
    const skill = await seedSkill(db());
    await deleteSkill(db(), skill.id);
    expect(await getSkill(db(), skill.id)).toBeNull();
    await rejection(deleteSkill(db(), skill.id), NotFoundError);
  });

  it('refuses a skill that observations or plans use', async () => {
    const rep = await seedRep(db());
    const skill = await seedSkill(db());
    const observation = await addObservation(db(), {
      repId: rep.id,
      context: 'meeting',
      ratings: [{ skillId: skill.id, score: 3 }],
    });
    const error = await rejection(deleteSkill(db(), skill.id), InUseError);
    expect(error.message).toBe(
      'Skill Discovery not deleted: 1 observation(s) and 0 plan(s) use it; archive it instead',
    );
    await deleteObservation(db(), observation.id);
    await addPlan(db(), { repId: rep.id, skillId: skill.id, fromLevel: 2, targetLevel: 3, reviewAt: 1 });
    await rejection(deleteSkill(db(), skill.id), InUseError);
    expect(await getSkill(db(), skill.id)).toEqual(skill);
  });
});
