import { addAccount, getAccount } from './accounts';
import { NotFoundError } from './errors';
import { addObservation } from './observations';
import { addPlan } from './plans';
import { getRep } from './reps';
import { removeRep, undoRemoveRep } from './rep-removal';
import { upsertResult } from './results';
import { countRows } from './snapshot';
import { getStrategyForAccount, saveStrategyAnswers, updateStrategy } from './strategies';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';
import { addTimeEntry, getTimeEntry } from './time-entries';

const db = freshDbForEachTest();

async function seedTeam() {
  const rep = await seedRep(db());
  const other = await seedRep(db(), { name: 'Other' });
  const skill = await seedSkill(db());
  const account = await addAccount(db(), { name: 'Globex', ownerRepId: rep.id });
  await addObservation(db(), { repId: rep.id, accountId: account.id, context: 'meeting', saw: 'one', durationMin: 30 });
  await addObservation(db(), { repId: rep.id, context: 'other', saw: 'two' });
  await addObservation(db(), { repId: other.id, context: 'joint-call', saw: 'other', durationMin: 15 });
  await addPlan(db(), { repId: rep.id, skillId: skill.id, fromLevel: 1, targetLevel: 2, reviewAt: 1 });
  await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 90 });
  const coaching = await addTimeEntry(db(), { day: '2026-02-03', activity: 'coaching', minutes: 60, repId: rep.id });
  const strategy = await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' });
  await updateStrategy(db(), strategy.id, { repId: rep.id });
  return { rep, account, coaching };
}

describe('removeRep and undoRemoveRep', () => {
  it('deletes the rep with their data, says what went, and an undo puts every row back as it was', async () => {
    const { rep, account, coaching } = await seedTeam();
    const before = await countRows(db());
    const tables = ['reps', 'observations', 'timeEntries', 'plans', 'results', 'accounts', 'strategies'] as const;
    const snapshot = Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await db()[table].toArray()] as const)),
    );

    const removal = await removeRep(db(), rep.id);
    expect(removal.counts).toMatchObject({ observations: 2, plans: 1, results: 1, accountsDetached: 1 });
    expect(await getRep(db(), rep.id)).toBeNull();
    expect(await getAccount(db(), account.id)).not.toHaveProperty('ownerRepId');

    await undoRemoveRep(db(), removal);
    expect(await countRows(db())).toEqual(before);
    for (const table of tables) {
      const sortById = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(sortById(await db()[table].toArray())).toEqual(sortById(snapshot[table] as { id: string }[]));
    }
    expect(await getTimeEntry(db(), coaching.id)).toEqual(coaching);
    expect((await getStrategyForAccount(db(), account.id))?.repId).toBe(rep.id);
  });

  it('keeps an edit made to a detached account in the meantime, giving it back its owner', async () => {
    const { rep, account } = await seedTeam();
    const removal = await removeRep(db(), rep.id);
    await db().accounts.update(account.id, { name: 'Globex Europe' });
    await undoRemoveRep(db(), removal);
    expect(await getAccount(db(), account.id)).toMatchObject({ name: 'Globex Europe', ownerRepId: rep.id });
  });

  it('refuses a second undo, and a removal of a rep that is gone', async () => {
    const { rep } = await seedTeam();
    const removal = await removeRep(db(), rep.id);
    await undoRemoveRep(db(), removal);
    await expect(undoRemoveRep(db(), removal)).rejects.toThrow(/Rep not restored/);
    await removeRep(db(), rep.id);
    await rejection(removeRep(db(), rep.id), NotFoundError);
  });
});
