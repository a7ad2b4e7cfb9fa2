import { epochMsSchema, idSchema, lineSchema, multilineSchema } from './common';
import { scoreSchema } from './skill';
import { z } from './zod';

export const planStatusSchema = z.enum(['active', 'achieved', 'dropped']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planActionSchema = z.object({
  text: lineSchema().min(1, { message: 'is required' }).max(500),
  done: z.boolean(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planSchema = z
  .object({
    id: idSchema,
    repId: idSchema,
    skillId: idSchema,
    fromLevel: scoreSchema,
    targetLevel: scoreSchema,
    actions: z.array(planActionSchema).max(20),
    /** What the manager commits to do: joint calls, role plays, introductions. */
    support: multilineSchema().max(2000),
    reviewAt: epochMsSchema,
    status: planStatusSchema,
    createdAt: epochMsSchema,
  })
  .refine((plan) => plan.targetLevel > plan.fromLevel, {
    path: ['targetLevel'],
    message: 'must be above the starting level',
  });
export type Plan = z.infer<typeof planSchema>;
