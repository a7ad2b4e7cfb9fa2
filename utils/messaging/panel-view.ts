/**
 * What the background sends the panel: a view model with everything the panel shows and nothing
 * more. The panel renders it; it never queries data itself (DESIGN §4 rule 2).
 */
import { z } from '../schemas/zod';
import { importanceSchema } from '../schemas/account';
import { tierSchema } from '../schemas/rep';
import { crmSchema } from '../schemas/common';
import { pageKinds } from './protocol';

const summarySchema = z.object({ id: z.string(), name: z.string() });

export const linkCandidateSchema = z.object({ kind: z.enum(['rep', 'account']), id: z.string(), name: z.string() });
export type LinkCandidate = z.infer<typeof linkCandidateSchema>;

export const accountCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  importance: importanceSchema,
  notes: z.string().optional(),
  owner: summarySchema.optional(),
});
export type AccountCard = z.infer<typeof accountCardSchema>;

export const repCardSchema = z.object({ id: z.string(), name: z.string(), tier: tierSchema });
export type RepCard = z.infer<typeof repCardSchema>;

export const panelViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading') }),
  /** The tab shows no record CoachLens knows how to read (the panel is being removed). */
  z.object({ state: z.literal('no-page') }),
  /** A record no rep or account is linked to yet: offer to link or create. */
  z.object({
    state: z.literal('unlinked'),
    crm: crmSchema,
    kind: z.enum(['rep', 'account']),
    recordName: z.string().optional(),
    candidates: z.array(linkCandidateSchema),
  }),
  z.object({ state: z.literal('account'), crm: crmSchema, account: accountCardSchema }),
  z.object({ state: z.literal('rep'), crm: crmSchema, rep: repCardSchema }),
  /** A deal, contact or lead: the account and owner rep it points to, when CoachLens knows them. */
  z.object({
    state: z.literal('related'),
    crm: crmSchema,
    kind: z.enum(pageKinds),
    recordName: z.string().optional(),
    account: accountCardSchema.optional(),
    owner: repCardSchema.optional(),
    accountName: z.string().optional(),
    ownerName: z.string().optional(),
  }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);
export type PanelView = z.infer<typeof panelViewSchema>;

/** Background → panel, over the panel's port. */
export const panelPushSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: panelViewSchema }),
  z.object({ type: z.literal('requestFailed'), message: z.string() }),
]);
export type PanelPush = z.infer<typeof panelPushSchema>;
