import { describe, expect, it } from 'vitest';
import { CoachLensDb, dbName, getDb, openCoachLensDb, schemaVersion, tableNames } from './app-db';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { dbVersions } from './versions';

describe('CoachLensDb', () => {
  it('declares every table with its indexes at version 1', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await db.open();
    const indexes = Object.fromEntries(
      db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)]]),
    );
    expect(indexes).toEqual({
      reps: ['id', '*crmKeys', 'name'],
      accounts: ['id', '*crmKeys', 'ownerRepId', 'name'],
      skills: ['id', 'order'],
      observations: ['id', '[repId+observedAt]', '[accountId+observedAt]', 'observedAt'],
      plans: ['id', 'repId', 'reviewAt'],
      strategies: ['id', 'accountId'],
      results: ['id', '&[repId+period]', 'period'],
      timeEntries: ['id', 'day', 'observationId', 'repId'],
    });
    expect([...tableNames].sort()).toEqual(Object.keys(indexes).sort());
    expect(db.verno).toBe(schemaVersion);
    await deleteDatabase(db);
  });

  it('takes its version from the append-only history', () => {
    expect(schemaVersion).toBe(1);
    expect(dbVersions.map((entry) => entry.version)).toEqual(dbVersions.map((_, index) => index + 1));
  });

  it('has one lazily created shared handle named coachlens', () => {
    const db = getDb();
    expect(db).toBeInstanceOf(CoachLensDb);
    expect(db.name).toBe(dbName);
    expect(dbName).toBe('coachlens');
    expect(getDb()).toBe(db);
    expect(db.isOpen()).toBe(false);
  });
});
