/**
 * What the background sends the panel: a view model with everything the panel shows and nothing
 * more. The panel renders it; it never queries data itself (DESIGN §4 rule 2).
 */
import type { AccountInsight, RepInsight } from '../insights';
import { crmSchema } from '../schemas/common';
import { z } from '../schemas/zod';
import { pageKinds } from './protocol';

export const linkCandidateSchema = z.object({
  kind: z.enum(['rep', 'account']),
  id: z.string(),
  name: z.string(),
  /** The name matches the page's: shown first and marked as the likely match. */
  likely: z.boolean(),
});
export type LinkCandidate = z.infer<typeof linkCandidateSchema>;

// The insight view models come from our own background over our own port, already computed by
// tested pure functions; the panel checks they are objects rather than re-validating every field.
const repInsightSchema = z.custom<RepInsight>((value) => isObjectWith(value, 'rep'));
const accountInsightSchema = z.custom<AccountInsight>((value) => isObjectWith(value, 'account'));

function isObjectWith(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value;
}

export const panelViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading') }),
  /** The tab shows no record CoachLens knows how to read (the panel is being removed). */
  z.object({ state: z.literal('no-page') }),
  /** A record no rep or account is linked to yet: offer to link or create. */
  z.object({
    state: z.literal('unlinked'),
    crm: crmSchema,
    kind: z.enum(['rep', 'account']),
    /** The page's record id, normalised by its CRM adapter: what a link will remember. */
    recordId: z.string(),
    recordName: z.string().optional(),
    candidates: z.array(linkCandidateSchema),
  }),
  z.object({
    state: z.literal('account'),
    crm: crmSchema,
    account: accountInsightSchema,
    notes: z.string().optional(),
  }),
  z.object({ state: z.literal('rep'), crm: crmSchema, rep: repInsightSchema }),
  /** A deal, contact or lead: the account and owner rep it points to, when CoachLens knows them. */
  z.object({
    state: z.literal('related'),
    crm: crmSchema,
    kind: z.enum(pageKinds),
    recordName: z.string().optional(),
    account: accountInsightSchema.optional(),
    owner: repInsightSchema.optional(),
    accountName: z.string().optional(),
    ownerName: z.string().optional(),
  }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);
export type PanelView = z.infer<typeof panelViewSchema>;

/** Background → panel, over the panel's port. */
export const panelPushSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: panelViewSchema }),
  z.object({ type: z.literal('requestFailed'), message: z.string(), requestId: z.string().optional() }),
  /** A request was committed; `requestId` echoes the panel's, so it can show "Saved". */
  z.object({ type: z.literal('requestDone'), requestId: z.string() }),
  /** The answer to `isPanelSeen`: whether the CRM page shows the panel as drawn (crm-page/panel-seen.ts). */
  z.object({ type: z.literal('seen'), requestId: z.string(), seen: z.boolean() }),
]);
export type PanelPush = z.infer<typeof panelPushSchema>;
