/**
 * What the background sends the panel: a view model with everything the panel shows and nothing
 * more. The panel renders it; it never queries data itself (coaching data never enters the CRM page: docs/architecture.md#rules).
 */
import type { AccountInsight, RepInsight } from '../insights';
import { crmSchema } from '../schemas/common';
import { z } from '../schemas/zod';
import { pageFactNames, pageKinds, pageReadingSchema } from './protocol';

export const linkCandidateSchema = z.object({
  kind: z.enum(['rep', 'account']),
  id: z.string(),
  name: z.string(),
  /** The name matches the page's: shown first and marked as the likely match. */
  likely: z.boolean(),
  /** A rep who already has another user of this CRM linked: linking this one too is asked first. */
  linkedInCrm: z.boolean().optional(),
});
export type LinkCandidate = z.infer<typeof linkCandidateSchema>;

/**
 * A fact the page did not show (its owner, its account): the panel asks the manager once, and
 * shows the answer afterwards (`answered`), which the manager may change from the same list.
 */
export const pageQuestionSchema = z.object({
  answered: z.boolean(),
  candidates: z.array(linkCandidateSchema),
});
export type PageQuestion = z.infer<typeof pageQuestionSchema>;

/**
 * The page shows a rep's name next to another user of this CRM than the one linked to that rep:
 * the rep's coaching is not shown, and no second link is made, until the manager says it is them.
 */
export const ownerConflictSchema = z.object({ repId: z.string(), repName: z.string(), userId: z.string() });
export type OwnerConflict = z.infer<typeof ownerConflictSchema>;

/**
 * "What CoachLens read on this page", for a support report: the page's address parts, which facts
 * were found and by which rule, and how the read went. Names of rules and counts only: never a name
 * read from the page, never coaching data.
 */
export const pageReportSchema = z.object({
  crm: crmSchema,
  kind: z.enum(pageKinds),
  id: z.string(),
  facts: z.array(z.object({ fact: z.enum(pageFactNames), found: z.boolean(), rule: z.string().optional() })),
  /** Absent when the content script did not say how it read the page. */
  reading: pageReadingSchema.omit({ rules: true }).optional(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

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
    page: pageReportSchema.optional(),
  }),
  z.object({
    state: z.literal('account'),
    crm: crmSchema,
    account: accountInsightSchema,
    notes: z.string().optional(),
    /** No owner rep set, and the page shows an owner who is one of the reps: offered as the owner rep. */
    proposedOwner: z.object({ repId: z.string(), name: z.string() }).optional(),
    ownerConflict: ownerConflictSchema.optional(),
    page: pageReportSchema.optional(),
  }),
  z.object({ state: z.literal('rep'), crm: crmSchema, rep: repInsightSchema, page: pageReportSchema.optional() }),
  /** A deal, contact or lead: the account and owner rep it points to, when CoachLens knows them. */
  z.object({
    state: z.literal('related'),
    crm: crmSchema,
    kind: z.enum(pageKinds),
    recordId: z.string(),
    recordName: z.string().optional(),
    account: accountInsightSchema.optional(),
    owner: repInsightSchema.optional(),
    accountName: z.string().optional(),
    ownerName: z.string().optional(),
    /** Present when the page shows no owner. */
    ownerQuestion: pageQuestionSchema.optional(),
    /** Present when the page shows no account. */
    accountQuestion: pageQuestionSchema.optional(),
    ownerConflict: ownerConflictSchema.optional(),
    page: pageReportSchema.optional(),
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
