import Dexie from 'dexie';
import { type Account, accountCrmKeys, accountCrmLinkSchema, accountSchema, type Crm, crmKey } from '../schemas';
import type { CoachLensDb } from './app-db';
import { NotFoundError, ValidationError } from './errors';
import { guard, newId } from './guard';
import { applyPatch, asObject, parseRow, withoutUndefined } from './validate';

const saveContext = 'Account not saved';
const readContext = 'Accounts not loaded';
const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What `deleteAccount` removed with the account, and what it kept. */
export interface DeleteAccountResult {
  /** The account's strategy sessions: they only make sense for this account. */
  strategies: number;
  /** Observations made on this account: kept (they are about the rep's skills), without the account. */
  observationsDetached: number;
}

function withCrmKeys(row: Account): Account {
  return withoutUndefined({ ...row, crmKeys: accountCrmKeys(row.crmLinks) });
}

/** One CRM record is one account: a link already used by another account is refused. */
async function assertCrmLinksFree(db: CoachLensDb, account: Account): Promise<void> {
  if (account.crmKeys.length === 0) return;
  const others = await db.accounts.where('crmKeys').anyOf(account.crmKeys).toArray();
  const other = others.find((candidate) => candidate.id !== account.id);
  if (!other) return;
  const key = account.crmKeys.find((value) => other.crmKeys.includes(value)) ?? '';
  throw new ValidationError(saveContext, [
    { field: 'crmLinks', message: `${key} is already linked to the account ${other.name}` },
  ]);
}

async function assertOwnerExists(db: CoachLensDb, account: Account): Promise<void> {
  if (account.ownerRepId !== undefined && !(await db.reps.get(account.ownerRepId))) {
    throw new NotFoundError('Rep', account.ownerRepId);
  }
}

/**
 * Adds an account. Defaults: importance `standard`, no CRM links. The owner, when given, must exist.
 * `id` is new unless the caller chose one (a retried create: the primary key makes a second add fail).
 */
export async function addAccount(db: CoachLensDb, input: unknown, id: string = newId()): Promise<Account> {
  const fields = withoutUndefined(asObject(input, saveContext));
  const account = withCrmKeys(
    parseRow(accountSchema, { importance: 'standard', crmLinks: [], ...fields, id, crmKeys: [] }, saveContext),
  );
  return guard(saveContext, () =>
    db.transaction('rw', db.accounts, db.reps, async () => {
      await assertOwnerExists(db, account);
      await assertCrmLinksFree(db, account);
      await db.accounts.add(account);
      return account;
    }),
  );
}

/** Changes the given fields; `null` clears an optional one (e.g. `ownerRepId`). */
export async function updateAccount(db: CoachLensDb, id: string, patch: unknown): Promise<Account> {
  asObject(patch, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.accounts, db.reps, async () => {
      const current = await db.accounts.get(id);
      if (!current) throw new NotFoundError('Account', id);
      const account = withCrmKeys(
        parseRow(accountSchema, applyPatch(current, patch, saveContext, ['id', 'crmKeys']), saveContext),
      );
      await assertOwnerExists(db, account);
      await assertCrmLinksFree(db, account);
      await db.accounts.put(account);
      return account;
    }),
  );
}

/** The account, or `null` when there is none. */
export async function getAccount(db: CoachLensDb, id: string): Promise<Account | null> {
  return guard(readContext, async () => (await db.accounts.get(id)) ?? null);
}

/** All accounts by name (locale order). */
export async function listAccounts(db: CoachLensDb): Promise<Account[]> {
  return guard(readContext, async () =>
    (await db.accounts.toArray()).sort((a, b) => nameOrder.compare(a.name, b.name)),
  );
}

/** The accounts a rep owns, by name, through the `ownerRepId` index. */
export async function listAccountsForOwner(db: CoachLensDb, repId: string): Promise<Account[]> {
  return guard(readContext, async () =>
    (await db.accounts.where('ownerRepId').equals(repId).toArray()).sort((a, b) => nameOrder.compare(a.name, b.name)),
  );
}

/** Accounts whose name starts with `prefix`, ignoring case, through the `name` index. */
export async function searchAccountsByName(db: CoachLensDb, prefix: string, limit = 20): Promise<Account[]> {
  return guard(readContext, () => db.accounts.where('name').startsWithIgnoreCase(prefix.trim()).limit(limit).toArray());
}

/** The account linked to this CRM record, through the multi-entry `crmKeys` index. */
export async function findAccountByCrmLink(db: CoachLensDb, crm: Crm, recordId: string): Promise<Account | null> {
  return guard(
    readContext,
    async () => (await db.accounts.where('crmKeys').equals(crmKey(crm, recordId)).first()) ?? null,
  );
}

/** Links the account to a CRM record (idempotent). A record already linked to another account is refused. */
export async function linkAccountToCrm(db: CoachLensDb, id: string, link: unknown): Promise<Account> {
  const parsed = parseRow(accountCrmLinkSchema, link, saveContext);
  return guard(saveContext, () =>
    db.transaction('rw', db.accounts, async () => {
      const current = await db.accounts.get(id);
      if (!current) throw new NotFoundError('Account', id);
      if (current.crmKeys.includes(crmKey(parsed.crm, parsed.recordId))) return current;
      const account = withCrmKeys(
        parseRow(accountSchema, { ...current, crmLinks: [...current.crmLinks, parsed] }, saveContext),
      );
      await assertCrmLinksFree(db, account);
      await db.accounts.put(account);
      return account;
    }),
  );
}

/** Removes one CRM link from the account (idempotent). */
export async function unlinkAccountFromCrm(db: CoachLensDb, id: string, crm: Crm, recordId: string): Promise<Account> {
  return guard(saveContext, () =>
    db.transaction('rw', db.accounts, async () => {
      const current = await db.accounts.get(id);
      if (!current) throw new NotFoundError('Account', id);
      const gone = crmKey(crm, recordId);
      const account = withCrmKeys({
        ...current,
        crmLinks: current.crmLinks.filter((link) => crmKey(link.crm, link.recordId) !== gone),
      });
      await db.accounts.put(account);
      return account;
    }),
  );
}

/**
 * Deletes the account and its strategy sessions in one transaction. Observations made on the
 * account are kept (they are evidence of the rep's skills) and lose only their `accountId`.
 */
export async function deleteAccount(db: CoachLensDb, id: string): Promise<DeleteAccountResult> {
  return guard('Account not deleted', () =>
    db.transaction('rw', db.accounts, db.strategies, db.observations, async () => {
      if (!(await db.accounts.get(id))) throw new NotFoundError('Account', id);
      const strategies = await db.strategies.where('accountId').equals(id).delete();
      const observationsDetached = await db.observations
        .where('[accountId+observedAt]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
        .modify((observation) => {
          delete observation.accountId;
        });
      await db.accounts.delete(id);
      return { strategies, observationsDetached };
    }),
  );
}
