import { storage } from 'wxt/utils/storage';
import { customDomainsKey, type CustomDomain, type CustomDomainStatus } from './custom-domains';

/** The manager's custom CRM origins. Written by the dashboard's "CRM sites" section only. */
export const customDomainsItem = storage.defineItem<CustomDomain[]>(`local:${customDomainsKey}`, {
  fallback: [],
  version: 1,
});

/**
 * Each custom origin's status, by origin. Written by the background whenever it syncs the
 * registered content scripts, so the dashboard can tell "revoked" (was granted) from "not granted".
 */
export const customDomainStatusItem = storage.defineItem<Record<string, CustomDomainStatus>>(
  'local:customDomainStatus',
  { fallback: {}, version: 1 },
);
