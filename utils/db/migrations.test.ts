import { afterEach, describe, expect, it } from 'vitest';
import {
  accountSchema,
  observationSchema,
  planSchema,
  repSchema,
  resultSchema,
  skillSchema,
  strategySchema,
  timeEntrySchema,
} from '../schemas';
import type { z } from '../schemas/zod';
import { type CoachLensDb, schemaVersion } from './app-db';
import { v1Fixture, v1Ids } from '@/tests/support/migration-fixtures/v1';
import { deleteDatabase, storesAt, upgradeWithCurrentCode } from '@/tests/support/migration-harness';
import { listObservationsForRep } from './observations';
import { findRepByCrmLink } from './reps';

/*
 * Every released database version has a fixture (`migration-fixtures/vN.ts`: that version's full
 * stores and rows exactly as that release stored them) and tests here that build it with a bare
 * Dexie and open it with today's code.
 *
 * How a future v2 adds its test:
 *  1. Append `{ version: 2, stores, upgrade }` to `versions.ts`; leave the v1 entry alone.
 *  2. Add `migration-fixtures/v2.ts` only when v2 ships (it freezes what v2 stores); v1.ts never changes.
 *  3. Add a `describe('v1 → current')` case (or extend the one below) that calls
 *     `upgradeWithCurrentCode(name, v1Fixture)` and compares `after` with `before` as transformed by
 *     the v2 upgrade, row by row (e.g. `expect(after.reps).toEqual(before.reps.map(addV2Defaults))`);
 *     the "every row passes today's schemas" test below then runs for v1 and v2 fixtures alike.
 *  4. Keep the frozen-stores test for every version: `storesAt(n)` must equal fixture n's stores.
 */

const rowSchemas: Record<string, z.ZodType> = {
  reps: repSchema,
  accounts: accountSchema,
  skills: skillSchema,
  observations: observationSchema,
  plans: planSchema,
  strategies: strategySchema,
  results: resultSchema,
  timeEntries: timeEntrySchema,
};

const fixtures = [v1Fixture];
let opened: CoachLensDb | undefined;

afterEach(async () => {
  if (opened) await deleteDatabase(opened);
  opened = undefined;
});

async function upgrade(fixture: typeof v1Fixture) {
  const outcome = await upgradeWithCurrentCode(`test-migration-${crypto.randomUUID()}`, fixture);
  opened = outcome.db;
  return outcome;
}

describe('released versions are never edited', () => {
  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
    'v%i stores in versions.ts still equal the frozen fixture',
    (version, fixture) => {
      expect(storesAt(version)).toEqual(fixture.stores);
    },
  );
});

describe('v1 → current', () => {
  it('keeps every row unchanged', async () => {
    const { before, after, version } = await upgrade(v1Fixture);
    expect(version).toBe(schemaVersion);
    // The fixture really has data in every table, so "unchanged" means something.
    for (const table of Object.keys(rowSchemas)) expect(before[table]?.length ?? 0).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("leaves today's indexes in place, and the panel's queries find the old rows", async () => {
    const { db, indexes } = await upgrade(v1Fixture);
    expect(indexes).toEqual(
      Object.fromEntries(
        Object.entries(storesAt(schemaVersion)).map(([table, spec]) => [table, spec.split(',').map((s) => s.trim())]),
      ),
    );
    expect((await findRepByCrmLink(db, 'pipedrive', '7'))?.id).toBe(v1Ids.core);
    expect((await listObservationsForRep(db, v1Ids.core)).map((obs) => obs.id)).toEqual([v1Ids.obsNew, v1Ids.obsOld]);
  });

  it("every upgraded row passes today's schemas", async () => {
    const { after } = await upgrade(v1Fixture);
    for (const [table, rows] of Object.entries(after)) {
      const schema = rowSchemas[table];
      expect(schema, `no schema for table ${table}`).toBeDefined();
      for (const row of rows) expect(schema?.safeParse(row).error?.issues ?? []).toEqual([]);
    }
  });
});
