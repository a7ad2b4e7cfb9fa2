import { type Plan, type PlanStatus, planSchema } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError, ValidationError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Plan not saved';
const readContext = 'Plans not loaded';

async function assertReferences(db: CoachLensDb, plan: Plan): Promise<void> {
  if (!(await db.reps.get(plan.repId))) throw new NotFoundError('Rep', plan.repId);
  if (!(await db.skills.get(plan.skillId))) throw new NotFoundError('Skill', plan.skillId);
}

/** Adds a development-plan item. Defaults: no actions, no support noted, `active`. */
export async function addPlan(db: CoachLensDb, input: unknown): Promise<Plan> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const plan = parseRow(
    planSchema,
    { actions: [], support: '', status: 'active', ...fields, id: newId(), createdAt: Date.now() },
    saveContext,
  );
  return guard(saveContext, () =>
    db.transaction('rw', db.plans, db.reps, db.skills, async () => {
      await assertReferences(db, plan);
      await db.plans.add(plan);
      return plan;
    }),
  );
}

/** Changes the given fields (levels, actions, support, review date, status). */
export async function updatePlan(db: CoachLensDb, id: string, patch: unknown): Promise<Plan> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.plans, db.reps, db.skills, async () => {
      const current = await db.plans.get(id);
      if (!current) throw new NotFoundError('Plan', id);
      const plan = parseRow(planSchema, applyPatch(current, patch, saveContext, ['id', 'createdAt']), saveContext);
      await assertReferences(db, plan);
      await db.plans.put(plan);
      return plan;
    }),
  );
}

/** The plan, or `null` when there is none. */
export async function getPlan(db: CoachLensDb, id: string): Promise<Plan | null> {
  return guard(readContext, async () => (await db.plans.get(id)) ?? null);
}

/** A rep's plan items through the `repId` index, soonest review first; optionally only one status. */
export async function listPlansForRep(
  db: CoachLensDb,
  repId: string,
  options: { status?: PlanStatus } = {},
): Promise<Plan[]> {
  return guard(readContext, async () => {
    const plans = await db.plans.where('repId').equals(repId).sortBy('reviewAt');
    return options.status === undefined ? plans : plans.filter((plan) => plan.status === options.status);
  });
}

/** Active plan items due for review at or before `time`, soonest first, through the `reviewAt` index. */
export async function listPlansDueBy(db: CoachLensDb, time: number): Promise<Plan[]> {
  return guard(readContext, () =>
    db.plans
      .where('reviewAt')
      .belowOrEqual(time)
      .filter((plan) => plan.status === 'active')
      .toArray(),
  );
}

/** Ticks (or unticks) one agreed action of a plan item. */
export async function setPlanActionDone(
  db: CoachLensDb,
  id: string,
  actionIndex: number,
  done: boolean,
): Promise<Plan> {
  return guard(saveContext, () =>
    db.transaction('rw', db.plans, async () => {
      const current = await db.plans.get(id);
      if (!current) throw new NotFoundError('Plan', id);
      if (!Number.isInteger(actionIndex) || current.actions[actionIndex] === undefined) {
        throw new ValidationError(saveContext, [
          {
            field: `actions[${actionIndex}]`,
            message: `does not exist (the plan has ${current.actions.length} actions)`,
          },
        ]);
      }
      const actions = current.actions.map((action, index) => (index === actionIndex ? { ...action, done } : action));
      const plan = parseRow(planSchema, { ...current, actions }, saveContext);
      await db.plans.put(plan);
      return plan;
    }),
  );
}

export async function deletePlan(db: CoachLensDb, id: string): Promise<void> {
  await guard('Plan not deleted', () =>
    db.transaction('rw', db.plans, async () => {
      if (!(await db.plans.get(id))) throw new NotFoundError('Plan', id);
      await db.plans.delete(id);
    }),
  );
}
