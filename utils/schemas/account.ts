import { crmKey, crmSchema, idSchema, lineSchema, nameSchema, recordChoicesSchema, textSchema } from './common';
import { z } from './zod';

export const importanceSchema = z.enum(['key', 'standard']);
export type Importance = z.infer<typeof importanceSchema>;

export const accountCrmLinkSchema = z.object({
  crm: crmSchema,
  recordId: lineSchema().min(1, { message: 'is required' }).max(100),
});
export type AccountCrmLink = z.infer<typeof accountCrmLinkSchema>;

export const accountSchema = z.object({
  id: idSchema,
  name: nameSchema,
  ownerRepId: idSchema.optional(),
  importance: importanceSchema,
  crmLinks: z.array(accountCrmLinkSchema).max(20),
  /** Derived from crmLinks (`"crm:recordId"`), indexed multi-entry. */
  crmKeys: z.array(z.string()),
  /** The manager's own notes on the account; never shown to the CRM page. */
  notes: textSchema.optional(),
  /**
   * Deals, contacts and leads whose page shows no account, and for which the manager chose this
   * one (the panel asked once). Not indexed, like `Rep.ownerOfRecords`.
   */
  accountOfRecords: recordChoicesSchema.optional(),
});
export type Account = z.infer<typeof accountSchema>;

export function accountCrmKeys(links: readonly AccountCrmLink[]): string[] {
  return [...new Set(links.map((link) => crmKey(link.crm, link.recordId)))];
}
