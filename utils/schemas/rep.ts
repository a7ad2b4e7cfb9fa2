import { crmKey, crmSchema, idSchema, lineSchema, nameSchema } from './common';
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
  /** `manual`: the manager chose the tier. `results`: suggested from attainment (DESIGN §3). */
  tierSource: z.enum(['manual', 'results']),
  crmLinks: z.array(repCrmLinkSchema).max(20),
  /** Derived from crmLinks (`"crm:userId"`), indexed multi-entry so a CRM page finds its rep. */
  crmKeys: z.array(z.string()),
  active: z.boolean(),
});
export type Rep = z.infer<typeof repSchema>;

export function repCrmKeys(links: readonly RepCrmLink[]): string[] {
  return [...new Set(links.map((link) => crmKey(link.crm, link.userId)))];
}
