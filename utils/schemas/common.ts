import { cleanLine, cleanText } from './clean-text';
import { z } from './zod';

/** Every row id: `crypto.randomUUID()`, so exports merge and a future team sync stays simple. */
export const idSchema = z.string().uuid({ message: 'must be an id made by CoachLens (a UUID)' });

/** Epoch milliseconds. Finite integers only: an Invalid Date must never reach an indexed field. */
export const epochMsSchema = z
  .number({ message: 'must be a date and time' })
  .int({ message: 'must be a whole number of milliseconds' })
  .min(0, { message: 'must be after 1970' })
  .max(8_640_000_000_000_000, { message: 'is not a real date' });

export const crmIds = ['salesforce', 'hubspot', 'pipedrive', 'dynamics', 'zoho'] as const;
export const crmSchema = z.enum(crmIds);
export type Crm = z.infer<typeof crmSchema>;

/** One line of text, cleaned of controls and broken characters (`clean-text.ts`), then trimmed. */
export function lineSchema() {
  return z.string().overwrite(cleanLine).trim();
}

/** Names as people type them: trimmed, never empty, short enough for a panel header. */
export const nameSchema = lineSchema()
  .min(1, { message: 'is required' })
  .max(200, { message: 'is longer than 200 characters' });

/** Free text with its line breaks and tabs, cleaned of other controls (`clean-text.ts`). */
export function multilineSchema() {
  return z.string().overwrite(cleanText);
}

/** Free text such as notes and answers, kept as typed; bounded so one row stays small. */
export const textSchema = multilineSchema().max(20_000, { message: 'is longer than 20,000 characters' });

/** The multi-entry index value for a CRM link: `"salesforce:001…"`. */
export function crmKey(crm: Crm, id: string): string {
  return `${crm}:${id}`;
}

/**
 * A deal, contact or lead record of a CRM, `"salesforce:deal:006…"`: the kind is part of the key
 * because some CRMs number each kind of record on its own (Pipedrive deal 812, organization 812).
 */
export function crmRecordKey(crm: Crm, kind: string, id: string): string {
  return `${crm}:${kind}:${id}`;
}

/**
 * The records (`crmRecordKey`) whose page did not show a fact and for which the manager chose this
 * row. Bounded so one row stays small: the oldest choice makes room for a new one (that page then
 * asks again).
 */
export const maxRecordChoices = 1000;
export const recordChoicesSchema = z.array(z.string().min(1).max(320)).max(maxRecordChoices);
