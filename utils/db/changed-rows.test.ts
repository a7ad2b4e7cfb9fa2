import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CoachLensDb } from './app-db';
import { changedRowsOf, mergeChangedRows } from './changed-rows';
import { freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

/** The `storagemutated` payload of one write, as Dexie fires it in this context. */
async function payloadOf(write: (db: CoachLensDb) => Promise<unknown>): Promise<ObservabilitySet> {
  await db().open();
  const seen: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => void seen.push(parts);
  Dexie.on('storagemutated', listener);
  try {
    await write(db());
  } finally {
    Dexie.on.storagemutated.unsubscribe(listener);
  }
  expect(seen).toHaveLength(1);
  return seen[0]!;
}

const rep = (id: string) => ({
  id,
  name: id,
  tier: 'unset',
  tierSource: 'results',
  crmLinks: [],
  crmKeys: [],
  active: true,
});

describe('changedRowsOf', () => {
  it('names the primary keys a small write touched, per table, also when the payload was cloned between contexts', async () => {
    const parts = await payloadOf((d) =>
      d.transaction('rw', d.reps, d.plans, async () => {
        await d.table('reps').bulkPut([rep('b'), rep('a'), rep('c')]);
        await d.plans.delete('p1');
      }),
    );
    const expected = { reps: new Set(['a', 'b', 'c']), plans: new Set(['p1']) };
    expect(changedRowsOf(parts, db().name)).toEqual(expected);
    // Other contexts get it through a BroadcastChannel: plain objects, no RangeSet methods.
    expect(changedRowsOf(structuredClone(parts), db().name)).toEqual(expected);
    expect(changedRowsOf(parts, 'another-database')).toEqual({});
  });

  it('says "all" for a table when the write names no keys: 50 rows or more, clear(), a range delete', async () => {
    const many = Array.from({ length: 50 }, (_, i) => rep(`r${i}`));
    expect(changedRowsOf(await payloadOf((d) => d.table('reps').bulkPut(many)), db().name)).toEqual({ reps: 'all' });
    expect(changedRowsOf(await payloadOf((d) => d.observations.clear()), db().name)).toEqual({ observations: 'all' });
    const ranged = await payloadOf((d) => d.reps.where('id').between('r1', 'r3').delete());
    expect(changedRowsOf(structuredClone(ranged), db().name)).toEqual({ reps: 'all' });
  });

  it('says "all" for every table when Dexie signals everything', () => {
    const everything = changedRowsOf({ all: {} }, 'coachlens');
    expect(everything.observations).toBe('all');
    expect(Object.values(everything).every((keys) => keys === 'all')).toBe(true);
  });
});

describe('mergeChangedRows', () => {
  it('unites keys, and "all" absorbs them', () => {
    const merged = mergeChangedRows(
      { reps: new Set(['a']), skills: 'all' },
      { reps: new Set(['b']), skills: new Set(['k']) },
    );
    expect(merged).toEqual({ reps: new Set(['a', 'b']), skills: 'all' });
    expect(mergeChangedRows(merged, { reps: 'all' })).toEqual({ reps: 'all', skills: 'all' });
  });
});
