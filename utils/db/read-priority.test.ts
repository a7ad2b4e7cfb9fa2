import { openCoachLensDb } from './app-db';
import { addRep } from './reps';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { loadInsightInputInPages } from './paged-read';
import { ReadPriority } from './read-priority';

/** Resolves when `promise` settles within a few tasks, else says it is still waiting. */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 20));
  return Promise.race([promise.then(() => true), timeout]);
}

describe('ReadPriority', () => {
  it('gives the long read its turn at once when no urgent read runs', async () => {
    expect(await settlesSoon(new ReadPriority().turn())).toBe(true);
  });

  it('holds the long read while an urgent read runs, and lets it go when that ends, failed or not', async () => {
    const priority = new ReadPriority();
    let finish: (ok: boolean) => void = () => undefined;
    const urgent = priority.urgent(
      () => new Promise<void>((resolve, reject) => (finish = (ok) => (ok ? resolve() : reject(new Error('no'))))),
    );
    const turn = priority.turn();
    expect(await settlesSoon(turn)).toBe(false);
    finish(false);
    await expect(urgent).rejects.toThrow('no');
    expect(await settlesSoon(turn)).toBe(true);
  });

  it('sees an urgent read started later in the same task as the turn was asked for', async () => {
    const priority = new ReadPriority();
    const order: string[] = [];
    const turn = priority.turn().then(() => order.push('page'));
    void priority.urgent(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('urgent');
    });
    await turn;
    expect(order).toEqual(['urgent', 'page']);
  });

  it('lets an urgent read go between two pages of the read of every row', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    try {
      for (const name of ['Ana', 'Ben', 'Cy']) await addRep(db, { name });
      const priority = new ReadPriority();
      const order: string[] = [];
      let pages = 0;
      const all = loadInsightInputInPages(db, {
        pageSize: 1,
        beforePage: async () => {
          await priority.turn();
          order.push(`page ${(pages += 1)}`);
          // An urgent read arrives while the first page is being read.
          if (pages === 1)
            void priority.urgent(async () => {
              await db.reps.count();
              order.push('urgent');
            });
        },
      });
      expect((await all).reps.map((rep) => rep.name).sort()).toEqual(['Ana', 'Ben', 'Cy']);
      expect(order.slice(0, 3)).toEqual(['page 1', 'urgent', 'page 2']);
    } finally {
      await deleteDatabase(db);
    }
  });
});
