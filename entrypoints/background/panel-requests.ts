import type { CoachLensDb } from '@/utils/db/app-db';
import { addAccount, linkAccountToCrm } from '@/utils/db/accounts';
import { addRep, linkRepToCrm } from '@/utils/db/reps';
import type { PageContext, PanelRequest } from '@/utils/messaging/protocol';

/**
 * What the panel may ask of the background. Each request acts on the tab's current page, which
 * the background knows from the content script: the panel cannot name another record to link.
 */
export async function handlePanelRequest(
  db: CoachLensDb,
  context: PageContext | null,
  request: PanelRequest,
): Promise<void> {
  const ref = context?.ref;
  if (!ref?.id || (ref.kind !== 'account' && ref.kind !== 'user')) {
    throw new Error('This page is not a rep or account record, so there is nothing to link.');
  }
  const expectedKind = ref.kind === 'account' ? 'account' : 'rep';
  const kind = request.type === 'linkRecord' ? request.target.kind : request.kind;
  if (kind !== expectedKind) throw new Error(`This page is a ${ref.kind} page; link it to a ${expectedKind}.`);

  switch (request.type) {
    case 'linkRecord':
      if (kind === 'account') await linkAccountToCrm(db, request.target.id, { crm: ref.crm, recordId: ref.id });
      else await linkRepToCrm(db, request.target.id, { crm: ref.crm, userId: ref.id });
      return;
    case 'createAndLinkRecord':
      if (kind === 'account') {
        await addAccount(db, { name: request.name, crmLinks: [{ crm: ref.crm, recordId: ref.id }] });
      } else {
        await addRep(db, { name: request.name, crmLinks: [{ crm: ref.crm, userId: ref.id }] });
      }
      return;
  }
}
