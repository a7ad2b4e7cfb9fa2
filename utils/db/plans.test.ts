import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from './errors';
import { addPlan, deletePlan, getPlan, listPlansDueBy, listPlansForRep, setPlanActionDone, updatePlan } from './plans';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

async function seed() {
  const rep = await seedRep(db());
  const skill = await seedSkill(db());
  return { rep, skill, base: { repId: rep.id, skillId: skill.id, fromLevel: 2, targetLevel: 3, reviewAt: 1_000 } };
}

describe('addPlan', () => {
  it('fills the defaults', async () => {
    const { base } = await seed();
    const plan = await addPlan(db(), { ...base, actions: [{ text: 'Role play', done: false }] });
    expect(plan).toEqual({
      ...base,
      id: expect.any(String),
      actions: [{ text: 'Role play', done: false }],
      support: '',
      status: 'active',
      createdAt: expect.any(Number),
    });
    expect(await getPlan(db(), plan.id)).toEqual(plan);
  });

  it('refuses a target not above the start, and names the field', async () => {
    const { base } = await seed();
    const error = await rejection(addPlan(db(), { ...base, targetLevel: 2 }), ValidationError);
    expect(error.message).toBe('Plan not saved: targetLevel must be above the starting level');
    const action = await rejection(addPlan(db(), { ...base, actions: [{ text: ' ', done: false }] }), ValidationError);
    expect(action.message).toBe('Plan not saved: actions[0].text is required');
  });

  it('refuses an unknown rep or skill', async () => {
    const { base } = await seed();
    expect((await rejection(addPlan(db(), { ...base, repId: crypto.randomUUID() }), NotFoundError)).entity).toBe('Rep');
    expect((await rejection(addPlan(db(), { ...base, skillId: crypto.randomUUID() }), NotFoundError)).entity).toBe(
      'Skill',
    );
  });
});

describe('updatePlan and deletePlan', () => {
  it('changes status and review date, keeps createdAt', async () => {
    const { base } = await seed();
    const plan = await addPlan(db(), base);
    const updated = await updatePlan(db(), plan.id, { status: 'achieved', reviewAt: 2_000, createdAt: 1 });
    expect(updated).toEqual({ ...plan, status: 'achieved', reviewAt: 2_000 });
    const error = await rejection(updatePlan(db(), plan.id, { status: 'paused' }), ValidationError);
    expect(error.message).toBe('Plan not saved: status must be one of: active, achieved, dropped');
    await rejection(updatePlan(db(), crypto.randomUUID(), { status: 'dropped' }), NotFoundError);
  });

  it('deletes a plan', async () => {
    const { base } = await seed();
    const plan = await addPlan(db(), base);
    await deletePlan(db(), plan.id);
    expect(await getPlan(db(), plan.id)).toBeNull();
    await rejection(deletePlan(db(), plan.id), NotFoundError);
  });
});

describe('listing plans', () => {
  it("lists a rep's plans by review date through the repId index, optionally by status", async () => {
    const { base, rep } = await seed();
    const other = await seedRep(db(), { name: 'Other' });
    await addPlan(db(), { ...base, reviewAt: 3_000 });
    await addPlan(db(), { ...base, reviewAt: 1_000, status: 'dropped' });
    await addPlan(db(), { ...base, reviewAt: 2_000 });
    await addPlan(db(), { ...base, repId: other.id });
    expect((await listPlansForRep(db(), rep.id)).map((plan) => plan.reviewAt)).toEqual([1_000, 2_000, 3_000]);
    expect((await listPlansForRep(db(), rep.id, { status: 'active' })).map((plan) => plan.reviewAt)).toEqual([
      2_000, 3_000,
    ]);
  });

  it('lists active plans due by a time through the reviewAt index', async () => {
    const { base } = await seed();
    await addPlan(db(), { ...base, reviewAt: 3_000 });
    await addPlan(db(), { ...base, reviewAt: 1_000, status: 'achieved' });
    await addPlan(db(), { ...base, reviewAt: 2_000 });
    expect((await listPlansDueBy(db(), 2_000)).map((plan) => plan.reviewAt)).toEqual([2_000]);
  });
});

describe('setPlanActionDone', () => {
  it('ticks and unticks one action', async () => {
    const { base } = await seed();
    const plan = await addPlan(db(), {
      ...base,
      actions: [
        { text: 'Prepare questions', done: false },
        { text: 'Role play', done: false },
      ],
    });
    const ticked = await setPlanActionDone(db(), plan.id, 1, true);
    expect(ticked.actions).toEqual([
      { text: 'Prepare questions', done: false },
      { text: 'Role play', done: true },
    ]);
    expect((await setPlanActionDone(db(), plan.id, 1, false)).actions[1]?.done).toBe(false);
    expect(await getPlan(db(), plan.id)).toEqual(plan);
  });

  it('refuses an action that does not exist and a plan that does not exist', async () => {
    const { base } = await seed();
    const plan = await addPlan(db(), { ...base, actions: [{ text: 'One', done: false }] });
    const error = await rejection(setPlanActionDone(db(), plan.id, 3, true), ValidationError);
    expect(error.message).toBe('Plan not saved: actions[3] does not exist (the plan has 1 actions)');
    await rejection(setPlanActionDone(db(), crypto.randomUUID(), 0, true), NotFoundError);
  });
});
