import type { CoachLensDb } from '@/utils/db/app-db';
import { findAccountByCrmLink, listAccounts } from '@/utils/db/accounts';
import { findRepByCrmLink, getRep, listReps } from '@/utils/db/reps';
import type { PageContext } from '@/utils/messaging/protocol';
import type { AccountCard, PanelView, RepCard } from '@/utils/messaging/panel-view';
import type { Account } from '@/utils/schemas/account';
import type { Rep } from '@/utils/schemas/rep';

/**
 * The panel's view for a tab's page context. Runs inside a Dexie live query, so it may only await
 * database reads: any table it touches is watched, and the panel updates when that data changes.
 */
export async function buildPanelView(db: CoachLensDb, context: PageContext | null): Promise<PanelView> {
  if (!context) return { state: 'no-page' };
  const { facts } = context;
  const { crm, kind, id: recordId } = context.ref;
  if (!kind || !recordId) return { state: 'no-page' };

  switch (kind) {
    case 'account': {
      const account = await findAccountByCrmLink(db, crm, recordId);
      if (account) return { state: 'account', crm, account: await accountCard(db, account) };
      const accounts = await listAccounts(db);
      return {
        state: 'unlinked',
        crm,
        kind: 'account',
        recordName: facts.recordName,
        candidates: accounts.map((row) => ({ kind: 'account', id: row.id, name: row.name })),
      };
    }
    case 'user': {
      const rep = await findRepByCrmLink(db, crm, recordId);
      if (rep) return { state: 'rep', crm, rep: repCard(rep) };
      const reps = await listReps(db);
      return {
        state: 'unlinked',
        crm,
        kind: 'rep',
        recordName: facts.recordName,
        candidates: reps.map((row) => ({ kind: 'rep', id: row.id, name: row.name })),
      };
    }
    default: {
      const account = await findRelatedAccount(db, crm, facts.accountId, facts.accountName);
      const owner = await findRelatedRep(db, crm, facts.ownerUserId, facts.ownerName);
      return {
        state: 'related',
        crm,
        kind,
        recordName: facts.recordName,
        account: account ? await accountCard(db, account) : undefined,
        owner: owner ? repCard(owner) : undefined,
        accountName: facts.accountName,
        ownerName: facts.ownerName,
      };
    }
  }
}

async function accountCard(db: CoachLensDb, account: Account): Promise<AccountCard> {
  const owner = account.ownerRepId ? await getRep(db, account.ownerRepId) : undefined;
  return {
    id: account.id,
    name: account.name,
    importance: account.importance,
    notes: account.notes,
    owner: owner ? { id: owner.id, name: owner.name } : undefined,
  };
}

function repCard(rep: Rep): RepCard {
  return { id: rep.id, name: rep.name, tier: rep.tier };
}

/** A deal or contact names its account; prefer the CRM id the page links to, then the exact name. */
async function findRelatedAccount(
  db: CoachLensDb,
  crm: PageContext['ref']['crm'],
  accountId: string | undefined,
  accountName: string | undefined,
): Promise<Account | undefined> {
  if (accountId) {
    const linked = await findAccountByCrmLink(db, crm, accountId);
    if (linked) return linked;
  }
  if (!accountName) return undefined;
  const wanted = accountName.toLocaleLowerCase();
  return (await listAccounts(db)).find((account) => account.name.toLocaleLowerCase() === wanted);
}

async function findRelatedRep(
  db: CoachLensDb,
  crm: PageContext['ref']['crm'],
  ownerUserId: string | undefined,
  ownerName: string | undefined,
): Promise<Rep | undefined> {
  if (ownerUserId) {
    const linked = await findRepByCrmLink(db, crm, ownerUserId);
    if (linked) return linked;
  }
  if (!ownerName) return undefined;
  const wanted = ownerName.toLocaleLowerCase();
  return (await listReps(db)).find((rep) => rep.name.toLocaleLowerCase() === wanted);
}
