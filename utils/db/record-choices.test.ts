import { describe, expect, it } from 'vitest';
import { checkBackupText } from '../data/check-backup';
import { exportBackup } from '../data/export-backup';
import { applyImport } from '../data/import-plan';
import { freshDataDbForEachTest } from '@/tests/support/data-db';
import { deleteAllData } from '../data/wipe';
import { crmRecordKey, maxRecordChoices } from '../schemas';
import { addAccount } from './accounts';
import { NotFoundError } from './errors';
import { chosenFor, rememberRecordAccount, rememberRecordOwner } from './record-choices';
import { addRep, deleteRep, listReps, updateRep } from './reps';
import { listAccounts } from './accounts';
import { schemaVersion } from './app-db';
import { rejection } from '@/tests/support/fresh-db';

const db = freshDataDbForEachTest();
const deal = crmRecordKey('salesforce', 'deal', '006Dn00000AbQ9wIAF');
const lead = crmRecordKey('pipedrive', 'lead', '812');

describe('remembered owners and accounts of CRM records', () => {
  it('remembers the owner chosen for a record, once, and finds it among the rows in memory', async () => {
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    await addRep(db(), { name: 'Maya Chen' });
    await rememberRecordOwner(db(), dana.id, deal);
    await rememberRecordOwner(db(), dana.id, deal);
    const reps = await listReps(db());
    expect(chosenFor(reps, deal)?.name).toBe('Dana Whitfield');
    expect(chosenFor(reps, lead)).toBeUndefined();
    expect((await db().reps.get(dana.id))?.ownerOfRecords).toEqual([deal]);
  });

  it('a new answer for the same record replaces the old one, on the other rep too', async () => {
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    const maya = await addRep(db(), { name: 'Maya Chen' });
    await rememberRecordOwner(db(), dana.id, deal);
    await rememberRecordOwner(db(), dana.id, lead);
    await rememberRecordOwner(db(), maya.id, deal);
    expect((await db().reps.get(dana.id))?.ownerOfRecords).toEqual([lead]);
    expect((await db().reps.get(maya.id))?.ownerOfRecords).toEqual([deal]);
    expect(chosenFor(await listReps(db()), deal)?.id).toBe(maya.id);
  });

  it('remembers accounts the same way', async () => {
    const globex = await addAccount(db(), { name: 'Globex Corporation' });
    const initech = await addAccount(db(), { name: 'Initech' });
    await rememberRecordAccount(db(), globex.id, deal);
    await rememberRecordAccount(db(), initech.id, deal);
    const accounts = await listAccounts(db());
    expect(chosenFor(accounts, deal)?.name).toBe('Initech');
    expect((await db().accounts.get(globex.id))?.accountOfRecords).toBeUndefined();
  });

  it('keeps the newest answers when a rep holds the most it may; the oldest page asks again', async () => {
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    const keys = Array.from({ length: maxRecordChoices }, (_, index) => crmRecordKey('zoho', 'deal', String(index)));
    await updateRep(db(), dana.id, { ownerOfRecords: keys });
    await rememberRecordOwner(db(), dana.id, deal);
    const stored = (await db().reps.get(dana.id))?.ownerOfRecords ?? [];
    expect(stored).toHaveLength(maxRecordChoices);
    expect(stored.at(-1)).toBe(deal);
    expect(stored).not.toContain(keys[0]);
  });

  it('refuses a rep that does not exist, and a rep edit keeps the answers', async () => {
    await rejection(rememberRecordOwner(db(), crypto.randomUUID(), deal), NotFoundError);
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    await rememberRecordOwner(db(), dana.id, deal);
    await updateRep(db(), dana.id, { name: 'Dana W.' });
    expect((await db().reps.get(dana.id))?.ownerOfRecords).toEqual([deal]);
  });

  it('travels in a backup and back, with no new database version', async () => {
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    const globex = await addAccount(db(), { name: 'Globex Corporation' });
    await rememberRecordOwner(db(), dana.id, deal);
    await rememberRecordAccount(db(), globex.id, deal);
    const backup = await exportBackup(db(), 1);
    expect(backup.schemaVersion).toBe(1);
    expect(schemaVersion).toBe(1);

    await deleteAllData(db());
    await applyImport(db(), await checkBackupText(JSON.stringify(backup), 'backup.json'));
    expect(chosenFor(await listReps(db()), deal)?.id).toBe(dana.id);
    expect(chosenFor(await listAccounts(db()), deal)?.id).toBe(globex.id);
  });

  it('is deleted by "Delete all data", and with the rep it was given to', async () => {
    const dana = await addRep(db(), { name: 'Dana Whitfield' });
    const maya = await addRep(db(), { name: 'Maya Chen' });
    await rememberRecordOwner(db(), dana.id, deal);
    await rememberRecordOwner(db(), maya.id, lead);
    await deleteRep(db(), maya.id);
    expect(chosenFor(await listReps(db()), lead)).toBeUndefined();

    await deleteAllData(db());
    const raw = JSON.stringify(await db().reps.toArray());
    expect(raw).not.toContain('006Dn00000AbQ9wIAF');
    expect(chosenFor(await listReps(db()), deal)).toBeUndefined();
  });
});
