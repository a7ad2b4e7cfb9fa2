/**
 * The one message protocol between the CRM tab, the panel and the background.
 *
 * Content scripts import only the *types* from here (`import type`): zod stays out of the script
 * that loads on every CRM page. Every receiver parses with these schemas; senders are checked in
 * `sender-policy.ts`.
 */
import { crmSchema } from '../schemas/common';
import { z } from '../schemas/zod';

export const pageKinds = ['user', 'account', 'contact', 'deal', 'lead'] as const;

const factSchema = z.string().trim().max(300).optional();

export const pageRefSchema = z.object({
  crm: crmSchema,
  kind: z.enum(pageKinds).nullable(),
  id: z.string().max(200).nullable(),
});

/** What the content script read from the page: names shown on it, never anything of ours. */
export const pageFactsSchema = z.object({
  recordName: factSchema,
  ownerName: factSchema,
  ownerUserId: factSchema,
  accountName: factSchema,
  accountId: factSchema,
});
export type PageFactsMessage = z.infer<typeof pageFactsSchema>;

export const pageContextSchema = z.object({
  ref: pageRefSchema,
  facts: pageFactsSchema,
  url: z.string().url().max(4000),
});
export type PageContext = z.infer<typeof pageContextSchema>;

/** Content script → background. The only messages a CRM tab may send. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  // `context: null` means "this page is of no interest any more" (navigated to a list, home…).
  z.object({ type: z.literal('reportPageContext'), context: pageContextSchema.nullable() }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export const panelPortName = 'coachlens-panel';

const idSchema = z.string().uuid();

/** Panel → background, over the panel's port. */
export const panelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('linkRecord'), target: z.object({ kind: z.enum(['rep', 'account']), id: idSchema }) }),
  z.object({
    type: z.literal('createAndLinkRecord'),
    kind: z.enum(['rep', 'account']),
    name: z.string().trim().min(1).max(200),
  }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;
