// Type-only import: the content script bundles this file, and zod must not come with it.
import type { Crm } from '../schemas/common';

export type { Crm };

// Compiles only when A and B are the same set, so the two CRM lists cannot drift apart.
type Same<A extends B, B extends C, C = A> = A;

/** The CRMs CoachLens reads: spelled out for readers, checked against the stored `Crm`. */
export type CrmId = Same<'salesforce' | 'hubspot' | 'pipedrive' | 'dynamics' | 'zoho', Crm>;

export type PageKind = 'user' | 'account' | 'contact' | 'deal' | 'lead';

/**
 * What a URL says about the page. `kind: null` is a page of that CRM that is not one record of
 * those kinds (home, list, report, setup, a ticket…), and then `id` is null too.
 */
export type PageRef = { crm: CrmId; kind: PageKind | null; id: string | null };

/** What the page shows about its record. Every field is trimmed text, at most ~200 characters. */
export type PageFacts = {
  recordName?: string;
  ownerName?: string;
  ownerUserId?: string;
  /** On deal, contact and lead pages: the related account shown on the page. */
  accountName?: string;
  accountId?: string;
};

/** For each fact found, the rule that found it, in words (`label "Accountname" (de)`). */
export type FactRules = Partial<Record<keyof PageFacts, string>>;

/** The shadow DOM a read met (page-scope.ts says how each is told apart). */
export type ShadowMode = 'none' | 'synthetic' | 'native' | 'mixed';

/** One read of a page: the facts, the rule behind each, the shadow DOM met and the page's size. */
export type PageRead = { facts: PageFacts; rules: FactRules; shadowMode: ShadowMode; elementCount: number };

/** URL → the PageRef it must give (null: the adapter must not claim it). */
export type AdapterExamples = ReadonlyArray<readonly [url: string, expected: PageRef | null]>;

export interface CrmAdapter {
  id: CrmId;
  label: string;
  isHost(hostname: string): boolean;
  parseUrl(url: URL): PageRef | null;
  readPage(doc: Document, ref: PageRef): PageRead;
}
