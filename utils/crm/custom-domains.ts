/**
 * CRMs on the customer's own host (a Dynamics 365 on-premises server, a Salesforce or Zoho behind a
 * company domain): recognising their record pages. The manager adds one in the dashboard's "CRM
 * sites" section (checked by `custom-domain-setup.ts`); the background registers the page script
 * there once the optional host permission is granted.
 *
 * Bundled into the CRM page script, so: no zod, no Dexie, no i18n layer, no browser calls at module
 * level (the page-code lint guard in eslint.config.js holds it to that).
 */
import { detectPage } from './index';
import type { CrmId, PageRef } from './types';

export type CustomDomain = { origin: string; crm: CrmId };

/** The manager's custom domains' key in `storage.local` (`utils/storage/items.ts` defines the item that writes it). */
export const customDomainsKey = 'customDomains';

/** A host each adapter claims, standing in for the custom host when its URL is parsed. */
const canonicalHosts: Readonly<Record<CrmId, string>> = {
  salesforce: 'custom.my.salesforce.com',
  hubspot: 'app.hubspot.com',
  pipedrive: 'custom.pipedrive.com',
  dynamics: 'custom.crm.dynamics.com',
  zoho: 'crm.zoho.com',
};

/**
 * `detectPage`, plus the manager's custom domains: a URL on one of them is parsed by that CRM's
 * adapter as if it were on the CRM's usual host (same path, query and hash). Built-in hosts win.
 */
export function detectPageOn(url: string | URL, customDomains: readonly CustomDomain[]): PageRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const builtIn = detectPage(parsed);
  if (builtIn) return builtIn;
  const domain = customDomains.find((candidate) => candidate.origin.toLowerCase() === parsed.origin);
  if (!domain || parsed.protocol !== 'https:') return null;
  const canonical = new URL(parsed.href);
  canonical.host = canonicalHosts[domain.crm];
  return detectPage(canonical);
}
