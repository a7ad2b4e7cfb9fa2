/**
 * The CRM adapters and page detection. Bundled into the content script that loads on every CRM
 * page, so it stays small and dependency-free: no zod, Dexie or React here.
 */
import { dynamicsAdapter } from './dynamics/adapter';
import { hubspotAdapter } from './hubspot/adapter';
import { pipedriveAdapter } from './pipedrive/adapter';
import { salesforceAdapter } from './salesforce/adapter';
import type { CrmAdapter, CrmId, PageRef } from './types';
import { zohoAdapter } from './zoho/adapter';

export type {
  AdapterExamples,
  CrmAdapter,
  CrmId,
  FactRules,
  PageFacts,
  PageKind,
  PageRead,
  PageRef,
  ShadowMode,
} from './types';

export const adapters: readonly CrmAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  pipedriveAdapter,
  dynamicsAdapter,
  zohoAdapter,
];

export function adapterFor(crm: CrmId): CrmAdapter {
  const adapter = adapters.find((candidate) => candidate.id === crm);
  // Unreachable while `adapters` lists every CrmId (the contract test checks it).
  if (!adapter) throw new Error(`No adapter for CRM "${crm}"`);
  return adapter;
}

/**
 * The CRM page a URL shows, or null when it is no CRM page (or not a URL at all). Hosts never
 * overlap between CRMs, so the first adapter that claims the URL is the only one.
 */
export function detectPage(url: string | URL): PageRef | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    const ref = adapter.parseUrl(parsed);
    if (ref) return ref;
  }
  return null;
}
