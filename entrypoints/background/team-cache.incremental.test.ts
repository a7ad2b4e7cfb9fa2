import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CoachLensDb, openCoachLensDb, type TableName, tableNames } from '@/utils/db/app-db';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { InsightInputMirror } from '@/utils/db/input-mirror';
import { loadInsightInput, type InsightInput } from '@/utils/db/snapshot';
import { defaultInsightSettings, teamInsights } from '@/utils/insights';
import type { Plan } from '@/utils/schemas';
import { TeamCache, type TeamData } from './team-cache';

// Pinned, so the cache and the fresh computation score with the same "now".
const now = Date.UTC(2026, 7, 20, 12);
const dayMs = 86_400_000;

// Small id pools, so writes keep hitting rows that exist: edits, moves between reps, deletes.
const repIds = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const skillIds = ['k1', 'k2', 'k3'];
const accountIds = ['a1', 'a2', 'a3'];
const id = (prefix: string, size: number) => fc.integer({ min: 1, max: size }).map((n) => `${prefix}${n}`);
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

const rows: { [T in TableName]: fc.Arbitrary<{ id: string } & Record<string, unknown>> } = {
  reps: fc.record({
    id: oneOf(repIds),
    name: oneOf(['Ann', 'Bo', 'Cy']),
    tier: oneOf(['star', 'core', 'developing', 'unset']),
    tierSource: oneOf(['manual', 'results']),
    crmLinks: fc.constant([]),
    crmKeys: fc.constant([]),
    active: fc.boolean(),
  }),
  accounts: fc.record({
    id: oneOf(accountIds),
    name: oneOf(['Globex', 'Initech']),
    importance: oneOf(['key', 'standard']),
    ownerRepId: fc.option(oneOf(repIds), { nil: undefined }),
    crmLinks: fc.constant([]),
    crmKeys: fc.constant([]),
  }),
  skills: fc.record({
    id: oneOf(skillIds),
    name: oneOf(['Discovery', 'Closing']),
    description: fc.constant(''),
    levels: fc.constant(['1', '2', '3', '4']),
    // Few values: ties, which a fresh read orders by id.
    order: fc.integer({ min: 0, max: 2 }),
    archived: fc.boolean(),
  }),
  observations: fc.record({
    id: id('o', 40),
    repId: oneOf(repIds),
    accountId: fc.option(oneOf(accountIds), { nil: undefined }),
    context: fc.constant('meeting'),
    // Whole days, so several observations share a time; across both trend windows and the future.
    observedAt: fc.integer({ min: -200, max: 2 }).map((days) => now + days * dayMs),
    ratings: fc.uniqueArray(fc.record({ skillId: oneOf(skillIds), score: fc.integer({ min: 1, max: 4 }) }), {
      selector: (rating) => rating.skillId,
      maxLength: 3,
    }),
    saw: fc.constant(''),
    keep: fc.constant(''),
    start: fc.constant(''),
    stop: fc.constant(''),
    sharedWithRep: fc.constant(false),
    createdAt: fc.constant(0),
  }),
  plans: fc.record({
    id: id('p', 6),
    repId: oneOf(repIds),
    skillId: oneOf(skillIds),
    fromLevel: fc.constant(2),
    targetLevel: fc.constant(3),
    actions: fc.constant([{ text: 'Practise', done: false }]),
    support: fc.constant(''),
    reviewAt: fc.integer({ min: -10, max: 10 }).map((days) => now + days * dayMs),
    status: oneOf(['active', 'achieved', 'dropped']),
  }),
  strategies: fc.record({
    id: id('s', 4),
    accountId: oneOf(accountIds),
    answers: fc.constant({}),
    meetingAt: fc.option(fc.constant(now + 3 * dayMs), { nil: undefined }),
    updatedAt: fc.constant(now),
  }),
  // `&[repId+period]` is unique: some writes fail, and a failed write must change nothing.
  results: fc.record({
    id: id('res', 8),
    repId: oneOf(repIds),
    period: oneOf(['2026-Q2', '2026-Q3', '2026-08']),
    attainmentPct: fc.integer({ min: 40, max: 160 }),
  }),
  timeEntries: fc.record({
    id: id('t', 10),
    day: oneOf(['2026-08-01', '2026-08-02', '2026-07-30']),
    activity: oneOf(['observing', 'coaching', 'admin']),
    minutes: fc.integer({ min: 5, max: 90 }),
    repId: fc.option(oneOf(repIds), { nil: undefined }),
  }),
};

interface Write {
  label: string;
  run: (db: CoachLensDb) => Promise<unknown>;
}

const table = oneOf(tableNames);
const someRows = (name: TableName, max = 4) => fc.array(rows[name], { minLength: 1, maxLength: max });

/** The writes the extension makes, in every shape Dexie reports differently. */
const anyWrite: fc.Arbitrary<Write> = fc.oneof(
  table.chain((name) =>
    someRows(name).map((values) => ({
      label: `bulkPut ${name}`,
      run: (db: CoachLensDb) => db.table(name).bulkPut(values),
    })),
  ),
  // 50 rows or more: Dexie names no keys (the whole table is reported), as in an import.
  fc.array(rows.observations, { minLength: 50, maxLength: 60 }).map((values) => ({
    label: 'bulk import of observations',
    run: (db: CoachLensDb) =>
      db.table('observations').bulkPut(values.map((row, index) => ({ ...row, id: `bulk${index}` }))),
  })),
  fc.tuple(id('o', 40), oneOf(repIds), fc.integer({ min: -200, max: 2 })).map(([key, repId, days]) => ({
    label: `update observation ${key}`,
    run: (db: CoachLensDb) => db.observations.update(key, { repId, observedAt: now + days * dayMs }),
  })),
  fc.tuple(oneOf(repIds), oneOf(['star', 'core', 'developing'] as const)).map(([key, tier]) => ({
    label: `set tier of ${key}`,
    run: (db: CoachLensDb) => db.reps.update(key, { tier, tierSource: 'manual' }),
  })),
  oneOf(repIds).map((repId) => ({
    label: `drop the plans of ${repId}`,
    run: (db: CoachLensDb) => db.plans.filter((plan: Plan) => plan.repId === repId).modify({ status: 'dropped' }),
  })),
  table.chain((name) =>
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }).chain((extra) =>
      rows[name].map((row) => ({
        label: `delete from ${name}`,
        run: (db: CoachLensDb) => db.table(name).bulkDelete([row.id, ...extra]),
      })),
    ),
  ),
  oneOf(repIds).map((repId) => ({
    label: `delete the observations of ${repId}`,
    run: (db: CoachLensDb) =>
      db.observations.where('[repId+observedAt]').between([repId, -Infinity], [repId, Infinity]).delete(),
  })),
  table.map((name) => ({ label: `clear ${name}`, run: (db: CoachLensDb) => db.table(name).clear() })),
  // Logging an observation with its time entry: one transaction over two tables.
  fc.tuple(rows.observations, rows.timeEntries).map(([observation, entry]) => ({
    label: 'observation with its time entry',
    run: (db: CoachLensDb) =>
      db.transaction('rw', db.observations, db.timeEntries, async () => {
        await db.table('observations').put(observation);
        await db.table('timeEntries').put({ ...entry, observationId: observation.id });
      }),
  })),
  // A restore: every table cleared and filled again, all or nothing.
  fc.tuple(someRows('reps', 6), someRows('observations', 20), someRows('skills', 3)).map(([reps, obs, skills]) => ({
    label: 'restore',
    run: (db: CoachLensDb) =>
      db.transaction(
        'rw',
        tableNames.map((name) => db.table(name)),
        async () => {
          for (const name of tableNames) await db.table(name).clear();
          await db.table('reps').bulkAdd(reps.filter((rep, i) => reps.findIndex((other) => other.id === rep.id) === i));
          await db.table('observations').bulkPut(obs);
          await db.table('skills').bulkPut(skills);
        },
      ),
  })),
);

/** Counterexamples name the writes. */
const write = anyWrite.map((step) => Object.assign(step, { [fc.toStringMethod]: () => step.label }));

function firstData(cache: TeamCache): Promise<{ stop: () => void }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const stop = cache.subscribe((data) => {
      if (data instanceof Error) reject(data);
      else if (!done) {
        done = true;
        resolve({ stop: () => stop() });
      }
    });
  });
}

/**
 * Runs the writes, then waits until each has committed and been announced. A write that fails part
 * way (a bulk put with a duplicate [repId+period]) rejects before its transaction commits the rows
 * that did go in, and Dexie announces those only then: an empty read-write transaction on every
 * table queues behind it, so once that one is done, every change has reached the mirror.
 */
async function runWrites(db: CoachLensDb, writes: readonly Write[]): Promise<void> {
  for (const step of writes) await step.run(db).catch(() => undefined);
  await db.transaction(
    'rw',
    tableNames.map((name) => db.table(name)),
    () => undefined,
  );
}

describe('TeamCache, kept up to date write by write', () => {
  beforeEach(() => fakeBrowser.reset());

  it('equals a fresh read and a full computation after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rows.observations, { maxLength: 8 }),
        fc.array(write, { maxLength: 12 }),
        async (seed, writes) => {
          const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
          try {
            await db.table('observations').bulkPut(seed);
            // Pages of two rows: the first load spans many read transactions, and the writes below
            // land before, between and after them.
            const cache = new TeamCache(() => db, { now: () => now, pageSize: 2 });
            const first = firstData(cache);
            await runWrites(db, writes);
            const { stop } = await first;
            const data = (await cache.settled()) as TeamData;
            stop();
            const input = await loadInsightInput(db);
            expect(data.input).toEqual(input);
            expect(data.team).toEqual(teamInsights(input, now, defaultInsightSettings));
          } finally {
            await deleteDatabase(db);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000); // 60 runs, each a fresh database: seconds on a busy machine
});

describe('InsightInputMirror read in one transaction (the dashboard’s)', () => {
  /** A fresh database and a mirror of it (not started), with every input it publishes. */
  function dashboardMirror() {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    const published: InsightInput[] = [];
    const mirror = new InsightInputMirror(db, (input) => {
      if (input instanceof Error) throw input;
      published.push(input);
    });
    return { db, mirror, published };
  }

  it('equals a fresh read after any sequence of writes, landing during its first read too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 12 }), async (writes) => {
        const { db, mirror, published } = dashboardMirror();
        try {
          mirror.start();
          await runWrites(db, writes);
          await mirror.idle();
          expect(published.at(-1)).toEqual(await loadInsightInput(db));
        } finally {
          mirror.stop();
          await deleteDatabase(db);
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('applies the rows a failed bulk write still committed, once its transaction commits after the rejection', async () => {
    const { db, mirror, published } = dashboardMirror();
    try {
      mirror.start();
      await mirror.idle();
      const duplicatePeriod = [
        { id: 'res1', repId: 'r1', period: '2026-Q2', attainmentPct: 90 },
        { id: 'res2', repId: 'r1', period: '2026-Q2', attainmentPct: 95 }, // same [repId+period]: refused
      ];
      await expect(db.table('results').bulkPut(duplicatePeriod)).rejects.toThrow();
      await runWrites(db, []); // the barrier: the bulk write's transaction has committed res1
      await mirror.idle();
      expect(published.at(-1)?.results.map((row) => row.id)).toEqual(['res1']);
      expect(published.at(-1)).toEqual(await loadInsightInput(db));
    } finally {
      mirror.stop();
      await deleteDatabase(db);
    }
  });
});
