import { detectPage } from './index';
import type { CrmId } from './types';

/**
 * The CRM user id in what the manager pasted: the address of the rep's user page in their CRM, or
 * the id itself. `null` for an address that is no user page of that CRM (the caller says how to
 * fix it); '' for nothing typed.
 */
export function crmUserIdFrom(crm: CrmId, pasted: string): string | null {
  const text = pasted.trim();
  if (!/^https?:\/\//i.test(text)) return text;
  const page = detectPage(text);
  return page && page.crm === crm && page.kind === 'user' && page.id ? page.id : null;
}
