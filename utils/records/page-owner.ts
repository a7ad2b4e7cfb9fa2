import type { PageFactsMessage } from '../messaging/protocol';
import { type Crm, crmKey } from '../schemas/common';
import type { Rep } from '../schemas/rep';
import { findByName } from './names';

/**
 * Who the page says owns the record, among the manager's reps:
 * - `rep`: the CRM user the page links to is linked to this rep, or (no such link) the name shown
 *   is this rep's and the rep has no other user of this CRM linked;
 * - `conflict`: the name shown is a rep's, but next to another user of this CRM than the one linked
 *   to that rep. A namesake, or a page that lies: the manager is asked before it counts;
 * - `unknown`: the page shows an owner who is none of the reps;
 * - `unread`: the page shows no owner at all.
 */
export type PageOwner =
  | { state: 'rep'; rep: Rep }
  | { state: 'conflict'; rep: Rep; userId: string }
  | { state: 'unknown'; name: string | undefined }
  | { state: 'unread' };

export function pageOwner(reps: readonly Rep[], crm: Crm, facts: PageFactsMessage): PageOwner {
  const { ownerName, ownerUserId } = facts;
  if (!ownerName && !ownerUserId) return { state: 'unread' };
  if (ownerUserId) {
    const key = crmKey(crm, ownerUserId);
    const linked = reps.find((rep) => rep.crmKeys.includes(key));
    if (linked) return { state: 'rep', rep: linked };
  }
  const named = findByName(reps, ownerName);
  if (!named) return { state: 'unknown', name: ownerName };
  if (ownerUserId && named.crmLinks.some((link) => link.crm === crm)) {
    return { state: 'conflict', rep: named, userId: ownerUserId };
  }
  return { state: 'rep', rep: named };
}
