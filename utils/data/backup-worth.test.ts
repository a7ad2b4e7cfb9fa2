import { addAccount } from '../db/accounts';
import { addRep } from '../db/reps';
import { freshDbForEachTest } from '@/tests/support/fresh-db';
import { firstObservationAt, readBackupWorth, worthBackingUp } from './backup-worth';

const day = 86_400_000;
const now = Date.UTC(2026, 11, 4, 12);

describe('worthBackingUp', () => {
  it('waits while there are few rows and no observation a week old', () => {
    expect(worthBackingUp({ rows: 0, firstObservationAt: null }, now)).toBe(false);
    expect(worthBackingUp({ rows: 3, firstObservationAt: null }, now)).toBe(false);
    expect(worthBackingUp({ rows: 5, firstObservationAt: now - 7 * day + 1 }, now)).toBe(false);
  });

  it('asks from 20 rows, or a week after the first observation', () => {
    expect(worthBackingUp({ rows: 20, firstObservationAt: null }, now)).toBe(true);
    expect(worthBackingUp({ rows: 4, firstObservationAt: now - 7 * day }, now)).toBe(true);
  });
});

it('firstObservationAt is the earliest logged, or null with none', () => {
  expect(firstObservationAt([])).toBeNull();
  expect(firstObservationAt([{ createdAt: 30 }, { createdAt: 10 }, { createdAt: 20 }])).toBe(10);
});

describe('readBackupWorth', () => {
  const db = freshDbForEachTest();

  it('counts reps, accounts and observations', async () => {
    expect(await readBackupWorth(db())).toEqual({ rows: 0, firstObservationAt: null });
    const rep = await addRep(db(), { name: 'Dana Whitfield' });
    await addAccount(db(), { name: 'Acme' });
    await db().observations.add({
      id: 'o1',
      repId: rep.id,
      observedAt: now - 10 * day,
      createdAt: now - 2 * day,
      context: 'jointCall',
      ratings: [],
      note: 'x',
    } as never);
    expect(await readBackupWorth(db())).toEqual({ rows: 3, firstObservationAt: now - 2 * day });
  });
});
