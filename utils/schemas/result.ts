import { idSchema } from './common';
import { z } from './zod';

/** A quarter (`2026-Q3`) or a month (`2026-09`). */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, { message: 'must be a quarter like 2026-Q3 or a month like 2026-09' });

export const resultSchema = z.object({
  id: idSchema,
  repId: idSchema,
  period: periodSchema,
  attainmentPct: z
    .number({ message: 'must be a number (percent of quota)' })
    .finite()
    .min(0, { message: 'cannot be negative' })
    .max(1000, { message: 'must be at most 1,000%' }),
  winRatePct: z.number().finite().min(0).max(100, { message: 'must be at most 100%' }).optional(),
  pipeline: z.number().finite().min(0, { message: 'cannot be negative' }).optional(),
});
export type Result = z.infer<typeof resultSchema>;
