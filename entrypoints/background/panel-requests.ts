import type { CoachLensDb } from '@/utils/db/app-db';
import { addAccount, linkAccountToCrm, updateAccount } from '@/utils/db/accounts';
import { setPlanActionDone } from '@/utils/db/plans';
import { rememberRecordAccount, rememberRecordOwner } from '@/utils/db/record-choices';
import { addRep, linkRepToCrm } from '@/utils/db/reps';
import { saveStrategyAnswers, setMeetingDate } from '@/utils/db/strategies';
import type { PanelRequest } from '@/utils/messaging/protocol';
import type { PanelView } from '@/utils/messaging/panel-view';
import { crmKey, crmRecordKey } from '@/utils/schemas';

/**
 * What the panel may ask of the background. Every request acts on what the panel is showing for the
 * tab's current page (the background knows the page from the content script): it cannot link
 * another record, tick another rep's plan or answer for another account.
 *
 * Every request is safe to receive twice. The panel resends what was not confirmed when its port
 * dropped (the service worker is stopped, e.g. in the middle of a write), and the first attempt may
 * or may not have committed: ticks, answers and meeting dates set a value; links are idempotent;
 * a create carries the id the panel chose, so its retry finds the row instead of adding another.
 */
export async function handlePanelRequest(db: CoachLensDb, view: PanelView, request: PanelRequest): Promise<void> {
  switch (request.type) {
    case 'linkRecord':
    case 'createAndLinkRecord': {
      // A retry of a link or create that did commit: by now the page shows that very record.
      if (shownRecordId(view) === (request.type === 'linkRecord' ? request.target.id : request.id)) return;
      if (view.state !== 'unlinked') throw new Error('This page is already linked.');
      const kind = request.type === 'linkRecord' ? request.target.kind : request.kind;
      if (kind !== view.kind) throw new Error(`This page is a ${view.kind} page.`);
      return linkOrCreate(db, view, request);
    }
    case 'setPlanActionDone': {
      const plan = visibleReps(view)
        .flatMap((rep) => rep.plans)
        .find((candidate) => candidate.id === request.planId);
      if (!plan) throw new Error('That plan is not shown on this page.');
      await setPlanActionDone(db, request.planId, request.actionIndex, request.done);
      return;
    }
    case 'saveStrategyAnswers':
      assertVisibleAccount(view, request.accountId);
      await saveStrategyAnswers(db, request.accountId, request.answers, request.basedOn);
      return;
    case 'setMeetingDate':
      assertVisibleAccount(view, request.accountId);
      await setMeetingDate(db, request.accountId, request.meetingAt);
      return;
    case 'answerPageQuestion': {
      // Only for a fact this page does not show, and only one of the choices offered for it.
      const question =
        view.state === 'related' ? (request.fact === 'owner' ? view.ownerQuestion : view.accountQuestion) : undefined;
      if (view.state !== 'related' || !question) throw new Error('This page already shows it.');
      if (!question.candidates.some((candidate) => candidate.id === request.id)) {
        throw new Error('That is not one of the choices offered.');
      }
      const recordKey = crmRecordKey(view.crm, view.kind, view.recordId);
      if (request.fact === 'owner') await rememberRecordOwner(db, request.id, recordKey);
      else await rememberRecordAccount(db, request.id, recordKey);
      return;
    }
    case 'setAccountOwnerFromPage': {
      if (view.state === 'account' && view.account.account.id === request.accountId) {
        // A retry of a change that did commit: the account now shows that owner.
        if (view.account.owner?.repId === request.repId) return;
        if (view.proposedOwner?.repId === request.repId) {
          await updateAccount(db, request.accountId, { ownerRepId: request.repId });
          return;
        }
      }
      throw new Error('That owner is not the one this page shows.');
    }
    case 'confirmOwnerCrmUser': {
      if (view.state !== 'related' && view.state !== 'account') throw new Error('This page shows no owner.');
      const conflict = view.ownerConflict;
      if (conflict?.repId === request.repId) {
        await linkRepToCrm(db, request.repId, { crm: view.crm, userId: conflict.userId });
        return;
      }
      // A retry of a link that did commit: the page's owner is now that rep, no question left.
      const nowShown = view.state === 'related' ? view.owner?.rep.id : view.proposedOwner?.repId;
      if (!conflict && nowShown === request.repId) return;
      throw new Error('That rep is not the one this page asks about.');
    }
  }
}

async function linkOrCreate(
  db: CoachLensDb,
  view: Extract<PanelView, { state: 'unlinked' }>,
  request: Extract<PanelRequest, { type: 'linkRecord' | 'createAndLinkRecord' }>,
): Promise<void> {
  const { crm, recordId } = view;
  if (request.type === 'linkRecord') {
    const candidate = view.candidates.find((offered) => offered.id === request.target.id);
    if (!candidate) throw new Error('That record is not one of the choices offered.');
    // Never a second user of this CRM on a rep without the manager saying so.
    if (candidate.linkedInCrm && request.secondLink !== true) {
      throw new Error(`${candidate.name} is already linked to another user of this CRM: confirm to link this one too.`);
    }
    if (view.kind === 'account') await linkAccountToCrm(db, request.target.id, { crm, recordId });
    else await linkRepToCrm(db, request.target.id, { crm, userId: recordId });
    return;
  }
  // The view may not have caught up with a create that committed just before the port dropped.
  const existing = view.kind === 'account' ? await db.accounts.get(request.id) : await db.reps.get(request.id);
  if (existing?.crmKeys.includes(crmKey(crm, recordId))) return;
  if (view.kind === 'account') await addAccount(db, { name: request.name, crmLinks: [{ crm, recordId }] }, request.id);
  else await addRep(db, { name: request.name, crmLinks: [{ crm, userId: recordId }] }, request.id);
}

/** The rep or account the panel shows as this page's own record, if any. */
function shownRecordId(view: PanelView): string | undefined {
  if (view.state === 'account') return view.account.account.id;
  if (view.state === 'rep') return view.rep.rep.id;
  return undefined;
}

function visibleReps(view: PanelView) {
  if (view.state === 'rep') return [view.rep];
  if (view.state === 'related' && view.owner) return [view.owner];
  return [];
}

function assertVisibleAccount(view: PanelView, accountId: string): void {
  const shown =
    (view.state === 'account' && view.account.account.id === accountId) ||
    (view.state === 'related' && view.account?.account.id === accountId);
  if (!shown) throw new Error('That account is not shown on this page.');
}
