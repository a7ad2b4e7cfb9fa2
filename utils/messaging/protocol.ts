/**
 * The one message protocol between the CRM tab, the panel and the background.
 *
 * Content scripts import only the *types* from here (`import type`): zod stays out of the script
 * that loads on every CRM page. Every receiver parses with these schemas; senders are checked in
 * `sender-policy.ts`.
 */
import { crmSchema, lineSchema } from '../schemas/common';
import { z } from '../schemas/zod';

export const pageKinds = ['user', 'account', 'contact', 'deal', 'lead'] as const;

const factSchema = lineSchema().max(300).optional();

export const pageRefSchema = z.strictObject({
  crm: crmSchema,
  kind: z.enum(pageKinds).nullable(),
  id: z.string().max(200).nullable(),
});

/** What the content script read from the page: names shown on it, never anything of ours. */
export const pageFactsSchema = z.strictObject({
  recordName: factSchema,
  ownerName: factSchema,
  ownerUserId: factSchema,
  accountName: factSchema,
  accountId: factSchema,
});
export type PageFactsMessage = z.infer<typeof pageFactsSchema>;

export const pageFactNames = ['recordName', 'ownerName', 'ownerUserId', 'accountName', 'accountId'] as const;
export type PageFactName = (typeof pageFactNames)[number];

/**
 * How the content script read the page, for "What CoachLens read on this page": which rule found
 * each fact (a fact with no entry was found by none), the shadow DOM it met, the page's size and
 * what the read cost. It names rules and counts elements; it never carries coaching data.
 */
export const pageReadingSchema = z.strictObject({
  rules: z.partialRecord(z.enum(pageFactNames), z.string().trim().min(1).max(200)),
  shadowMode: z.enum(['none', 'synthetic', 'native', 'mixed']),
  elementCount: z.number().int().nonnegative(),
  costMs: z.number().nonnegative().max(600_000),
});
export type PageReading = z.infer<typeof pageReadingSchema>;

export const pageContextSchema = z.strictObject({
  ref: pageRefSchema,
  facts: pageFactsSchema,
  url: z.string().url().max(4000),
  reading: pageReadingSchema.optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

/** Content script → background. The only messages a CRM tab may send. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  // `context: null` means "this page is of no interest any more" (navigated to a list, home…).
  z.strictObject({ type: z.literal('reportPageContext'), context: pageContextSchema.nullable() }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/**
 * Extension page (popup, options) → background. Pages open the database themselves; they ask the
 * background only for what it alone knows: what a CRM tab is showing.
 */
export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getTabContext'), tabId: z.number().int().nonnegative() }),
]);
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** The background's answer to `getTabContext`: null when the tab shows no CRM record. */
export interface TabContextReply {
  context: PageContext | null;
}

export const panelPortName = 'coachlens-panel';

const idSchema = z.string().uuid();

/** Panel → background, over the panel's port. Each carries an id the background echoes when done. */
const requestIdSchema = z.string().min(1).max(64);

export const panelRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('linkRecord'),
    requestId: requestIdSchema,
    target: z.strictObject({ kind: z.enum(['rep', 'account']), id: idSchema }),
    /** The manager confirmed linking a second user of this CRM to a rep who already has one. */
    secondLink: z.literal(true).optional(),
  }),
  z.strictObject({
    type: z.literal('createAndLinkRecord'),
    requestId: requestIdSchema,
    /** Chosen by the panel, so a create resent after the connection dropped cannot make a second row. */
    id: idSchema,
    kind: z.enum(['rep', 'account']),
    name: z.string().trim().min(1).max(200),
  }),
  z.strictObject({
    type: z.literal('setPlanActionDone'),
    requestId: requestIdSchema,
    planId: idSchema,
    actionIndex: z.number().int().min(0).max(50),
    done: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('saveStrategyAnswers'),
    requestId: requestIdSchema,
    accountId: idSchema,
    /** promptId → answer; an empty answer clears it. */
    answers: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.string().max(20_000)),
    /**
     * promptId → the stored answer the panel's text was based on (`''` for none). The background
     * refuses the write when the stored answer has since changed to something else
     * (`staleAnswerMessage`): another tab saved a newer one, which is not written over unseen.
     */
    basedOn: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.string().max(20_000)).optional(),
  }),
  z.strictObject({
    type: z.literal('setMeetingDate'),
    requestId: requestIdSchema,
    accountId: idSchema,
    meetingAt: z.number().int().min(0).max(8_640_000_000_000_000).nullable(),
  }),
  /** The manager's answer for a fact the page does not show: this record's owner rep or account. */
  z.strictObject({
    type: z.literal('answerPageQuestion'),
    requestId: requestIdSchema,
    fact: z.enum(['owner', 'account']),
    id: idSchema,
  }),
  /** Takes the owner the page shows as the account's owner rep (the panel proposed it). */
  z.strictObject({
    type: z.literal('setAccountOwnerFromPage'),
    requestId: requestIdSchema,
    accountId: idSchema,
    repId: idSchema,
  }),
  /** "Yes, it is them": links the CRM user the page shows as owner to the rep of the same name. */
  z.strictObject({ type: z.literal('confirmOwnerCrmUser'), requestId: requestIdSchema, repId: idSchema }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

/**
 * Panel → background: does the CRM page show the panel as drawn? Asked before a write where the
 * browser cannot vouch for the panel's visibility itself; the page's content script answers.
 */
export const panelSeenQuerySchema = z.strictObject({ type: z.literal('isPanelSeen'), requestId: requestIdSchema });

/** The refusal of an answer another tab changed meanwhile; the panel then shows both. */
export const staleAnswerMessage = 'Not saved: this answer was changed in another tab.';
