import { describe, expect, it } from 'vitest';
import {
  addAccount,
  deleteAccount,
  findAccountByCrmLink,
  getAccount,
  linkAccountToCrm,
  listAccounts,
  listAccountsForOwner,
  searchAccountsByName,
  unlinkAccountFromCrm,
  updateAccount,
} from './accounts';
import { NotFoundError, ValidationError } from './errors';
import { addObservation, getObservation } from './observations';
import { addStrategy, getStrategyForAccount } from './strategies';
import { rejection, seedRep, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

describe('addAccount', () => {
  it('fills the defaults and derives crmKeys', async () => {
    const account = await addAccount(db(), {
      name: 'Globex',
      crmLinks: [{ crm: 'salesforce', recordId: '001A' }],
      notes: 'CFO decides',
    });
    expect(account).toEqual({
      id: expect.any(String),
      name: 'Globex',
      importance: 'standard',
      crmLinks: [{ crm: 'salesforce', recordId: '001A' }],
      crmKeys: ['salesforce:001A'],
      notes: 'CFO decides',
    });
    expect(await getAccount(db(), account.id)).toEqual(account);
  });

  it('refuses invalid fields with their names', async () => {
    const error = await rejection(addAccount(db(), { name: '', importance: 'huge', ownerRepId: 'x' }), ValidationError);
    expect(error.message).toBe(
      'Account not saved: name is required; ownerRepId must be an id made by CoachLens (a UUID); importance must be one of: key, standard',
    );
  });

  it('refuses an owner that does not exist', async () => {
    await rejection(addAccount(db(), { name: 'Globex', ownerRepId: crypto.randomUUID() }), NotFoundError);
    expect(await listAccounts(db())).toEqual([]);
  });

  it('refuses a CRM record already linked to another account', async () => {
    await addAccount(db(), { name: 'Globex', crmLinks: [{ crm: 'dynamics', recordId: 'abc' }] });
    const error = await rejection(
      addAccount(db(), { name: 'Initech', crmLinks: [{ crm: 'dynamics', recordId: 'abc' }] }),
      ValidationError,
    );
    expect(error.message).toBe('Account not saved: crmLinks dynamics:abc is already linked to the account Globex');
  });
});

describe('updateAccount', () => {
  it('changes fields, clears the owner with null, and recomputes crmKeys', async () => {
    const rep = await seedRep(db());
    const account = await addAccount(db(), { name: 'Globex', ownerRepId: rep.id });
    const updated = await updateAccount(db(), account.id, {
      ownerRepId: null,
      importance: 'key',
      crmLinks: [{ crm: 'hubspot', recordId: '9' }],
    });
    expect(updated).not.toHaveProperty('ownerRepId');
    expect(updated.importance).toBe('key');
    expect(updated.crmKeys).toEqual(['hubspot:9']);
    expect(await getAccount(db(), account.id)).toEqual(updated);
  });

  it('refuses an invalid patch, an unknown owner and an unknown account', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    const invalid = await rejection(updateAccount(db(), account.id, { notes: 42 }), ValidationError);
    expect(invalid.message).toBe('Account not saved: notes must be text');
    await rejection(updateAccount(db(), account.id, { ownerRepId: crypto.randomUUID() }), NotFoundError);
    await rejection(updateAccount(db(), crypto.randomUUID(), { name: 'X' }), NotFoundError);
    expect(await getAccount(db(), account.id)).toEqual(account);
  });
});

describe('reading accounts', () => {
  it('returns null for an unknown id', async () => {
    expect(await getAccount(db(), crypto.randomUUID())).toBeNull();
  });

  it("lists all accounts and a rep's accounts by name through the ownerRepId index", async () => {
    const ana = await seedRep(db(), { name: 'Ana' });
    const ben = await seedRep(db(), { name: 'Ben' });
    await addAccount(db(), { name: 'Umbrella', ownerRepId: ana.id });
    await addAccount(db(), { name: 'Acme', ownerRepId: ana.id });
    await addAccount(db(), { name: 'Globex', ownerRepId: ben.id });
    await addAccount(db(), { name: 'Initech' });
    expect((await listAccounts(db())).map((a) => a.name)).toEqual(['Acme', 'Globex', 'Initech', 'Umbrella']);
    expect((await listAccountsForOwner(db(), ana.id)).map((a) => a.name)).toEqual(['Acme', 'Umbrella']);
    expect((await listAccountsForOwner(db(), ben.id)).map((a) => a.name)).toEqual(['Globex']);
  });

  it('searches by name prefix', async () => {
    await addAccount(db(), { name: 'Globex' });
    await addAccount(db(), { name: 'globo' });
    await addAccount(db(), { name: 'Acme' });
    expect((await searchAccountsByName(db(), 'glob')).map((a) => a.name).sort()).toEqual(['Globex', 'globo']);
  });
});

describe('CRM links', () => {
  it('finds an account by any of its CRM records through the multi-entry index', async () => {
    const account = await addAccount(db(), {
      name: 'Globex',
      crmLinks: [
        { crm: 'salesforce', recordId: '001A' },
        { crm: 'zoho', recordId: '55' },
      ],
    });
    expect((await findAccountByCrmLink(db(), 'salesforce', '001A'))?.id).toBe(account.id);
    expect((await findAccountByCrmLink(db(), 'zoho', '55'))?.id).toBe(account.id);
    expect(await findAccountByCrmLink(db(), 'salesforce', '55')).toBeNull();
  });

  it('links idempotently, refuses a taken record, and unlinks', async () => {
    const globex = await addAccount(db(), { name: 'Globex' });
    const initech = await addAccount(db(), { name: 'Initech' });
    await linkAccountToCrm(db(), globex.id, { crm: 'pipedrive', recordId: '3' });
    const again = await linkAccountToCrm(db(), globex.id, { crm: 'pipedrive', recordId: '3' });
    expect(again.crmLinks).toHaveLength(1);
    await rejection(linkAccountToCrm(db(), initech.id, { crm: 'pipedrive', recordId: '3' }), ValidationError);
    const invalid = await rejection(linkAccountToCrm(db(), initech.id, { crm: 'pipedrive' }), ValidationError);
    expect(invalid.message).toBe('Account not saved: recordId is required');
    await unlinkAccountFromCrm(db(), globex.id, 'pipedrive', '3');
    expect(await findAccountByCrmLink(db(), 'pipedrive', '3')).toBeNull();
    await rejection(unlinkAccountFromCrm(db(), crypto.randomUUID(), 'pipedrive', '3'), NotFoundError);
    await rejection(linkAccountToCrm(db(), crypto.randomUUID(), { crm: 'pipedrive', recordId: '3' }), NotFoundError);
  });
});

describe('deleteAccount', () => {
  it('deletes its strategies and keeps its observations without the account', async () => {
    const rep = await seedRep(db());
    const account = await addAccount(db(), { name: 'Globex' });
    const other = await addAccount(db(), { name: 'Initech' });
    await addStrategy(db(), { accountId: account.id, answers: { objective: 'Pilot' } });
    await addStrategy(db(), { accountId: account.id });
    const otherStrategy = await addStrategy(db(), { accountId: other.id });
    const observation = await addObservation(db(), {
      repId: rep.id,
      accountId: account.id,
      context: 'meeting',
      saw: 'Good discovery',
    });

    expect(await deleteAccount(db(), account.id)).toEqual({ strategies: 2, observationsDetached: 1 });

    expect(await getAccount(db(), account.id)).toBeNull();
    expect(await getStrategyForAccount(db(), account.id)).toBeNull();
    expect(await getStrategyForAccount(db(), other.id)).toEqual(otherStrategy);
    const { accountId: _gone, ...rest } = observation;
    expect(await getObservation(db(), observation.id)).toStrictEqual(rest);
  });

  it('reports a missing account', async () => {
    await rejection(deleteAccount(db(), crypto.randomUUID()), NotFoundError);
  });
});
