import { idSchema, lineSchema, multilineSchema, nameSchema } from './common';
import { z } from './zod';

/** 1 Not yet · 2 Developing · 3 Proficient · 4 Role model. An unrated skill is "not observed". */
export const scoreSchema = z
  .number()
  .int({ message: 'must be a whole level from 1 to 4' })
  .min(1, { message: 'must be a level from 1 to 4' })
  .max(4, { message: 'must be a level from 1 to 4' });
export type Score = 1 | 2 | 3 | 4;

const anchorSchema = lineSchema().min(1, { message: 'needs the behaviour seen at this level' }).max(500);

export const skillSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: multilineSchema().trim().max(1000),
  /** Behavioural anchor per level, index 0 = level 1. */
  levels: z.tuple([anchorSchema, anchorSchema, anchorSchema, anchorSchema]),
  order: z.number().int().min(0),
  archived: z.boolean(),
});
export type Skill = z.infer<typeof skillSchema>;
