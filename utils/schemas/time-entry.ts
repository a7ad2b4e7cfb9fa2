import { idSchema } from './common';
import { z } from './zod';

export const activities = [
  'observing',
  'coaching',
  'account-strategy',
  'selling',
  'internal-meetings',
  'admin',
] as const;
export const activitySchema = z.enum(activities);
export type Activity = z.infer<typeof activitySchema>;

/** The activities that develop reps (docs/method.md#manager-time: top managers spend about 20% of their time here). */
export const coachingActivities: readonly Activity[] = ['observing', 'coaching', 'account-strategy'];

/** A local calendar day, `YYYY-MM-DD`; a day has no time zone trouble in an index. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a day like 2026-11-27' });

export const timeEntrySchema = z.object({
  id: idSchema,
  day: daySchema,
  activity: activitySchema,
  minutes: z
    .number()
    .int({ message: 'must be whole minutes' })
    .min(1, { message: 'must be at least 1 minute' })
    .max(24 * 60, { message: 'must be at most 24 hours (1,440 minutes)' }),
  repId: idSchema.optional(),
  /** Set when the entry was recorded by logging an observation with a duration. */
  observationId: idSchema.optional(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;
