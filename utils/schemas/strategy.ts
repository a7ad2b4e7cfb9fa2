import { epochMsSchema, idSchema, textSchema } from './common';
import { z } from './zod';

export const promptIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, { message: 'must be a prompt id (lower-case letters, digits, dashes)' });

export const strategySchema = z.object({
  id: idSchema,
  accountId: idSchema,
  repId: idSchema.optional(),
  /** promptId → answer. Prompt ids come from the account-strategy prompt list. */
  answers: z.record(promptIdSchema, textSchema),
  meetingAt: epochMsSchema.optional(),
  updatedAt: epochMsSchema,
});
export type Strategy = z.infer<typeof strategySchema>;
