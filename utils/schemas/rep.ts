import { crmKey, crmSchema, epochMsSchema, idSchema, lineSchema, nameSchema, recordChoicesSchema } from './common';
import { z } from './zod';

export const tiers = ['star', 'core', 'developing', 'unset'] as const;
export const tierSchema = z.enum(tiers);
export type Tier = z.infer<typeof tierSchema>;

export const repCrmLinkSchema = z.object({
  crm: crmSchema,
  userId: lineSchema().min(1, { message: 'is required' }).max(100),
});
export type RepCrmLink = z.infer<typeof repCrmLinkSchema>;

export const repSchema = z.object({
  id: idSchema,
  name: nameSchema,
  email: lineSchema().email({ message: 'is not an email address' }).optional(),
  team: lineSchema().max(100).optional(),
  tier: tierSchema,
  /** `manual`: the manager chose the tier. `results`: suggested from attainment (docs/method.md#tiers). */
  tierSource: z.enum(['manual', 'results']),
  crmLinks: z.array(repCrmLinkSchema).max(20),
  /** Derived from crmLinks (`"crm:userId"`), indexed multi-entry so a CRM page finds its rep. */
  crmKeys: z.array(z.string()),
  active: z.boolean(),
  /**
   * When the rep was added to CoachLens (epoch ms): a rep added within the cadence target is not yet
   * overdue. Absent on reps from before it was recorded, who are judged by their observations alone.
   */
  addedAt: epochMsSchema.optional(),
  /**
   * Deals, contacts and leads whose page shows no owner, and for which the manager chose this rep
   * as the owner (the panel asked once). Not indexed: the background looks them up in the team
   * data it already holds, so this needs no new database version.
   */
  ownerOfRecords: recordChoicesSchema.optional(),
});
export type Rep = z.infer<typeof repSchema>;

export function repCrmKeys(links: readonly RepCrmLink[]): string[] {
  return [...new Set(links.map((link) => crmKey(link.crm, link.userId)))];
}
