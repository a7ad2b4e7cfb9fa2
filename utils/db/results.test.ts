import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from './errors';
import { deleteResult, getResult, listResultsForPeriod, listResultsForRep, upsertResult } from './results';
import { countRows } from './snapshot';
import { rejection, seedRep, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

describe('upsertResult', () => {
  it('adds a result, then replaces it for the same rep and period, keeping the id', async () => {
    const rep = await seedRep(db());
    const first = await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 95, winRatePct: 30 });
    expect(first).toEqual({
      id: expect.any(String),
      repId: rep.id,
      period: '2026-Q1',
      attainmentPct: 95,
      winRatePct: 30,
    });
    const second = await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 104, pipeline: 10_000 });
    expect(second).toEqual({ id: first.id, repId: rep.id, period: '2026-Q1', attainmentPct: 104, pipeline: 10_000 });
    expect(await getResult(db(), first.id)).toEqual(second);
    expect((await countRows(db())).results).toBe(1);
  });

  it('keeps one row per rep and period when two saves race', async () => {
    const rep = await seedRep(db());
    await Promise.all([
      upsertResult(db(), { repId: rep.id, period: '2026-05', attainmentPct: 80 }),
      upsertResult(db(), { repId: rep.id, period: '2026-05', attainmentPct: 81 }),
    ]);
    expect(await listResultsForRep(db(), rep.id)).toHaveLength(1);
  });

  it('refuses invalid figures with the field named, and an unknown rep', async () => {
    const rep = await seedRep(db());
    const error = await rejection(
      upsertResult(db(), { repId: rep.id, period: '2026-13', attainmentPct: -5, winRatePct: 120 }),
      ValidationError,
    );
    expect(error.message).toBe(
      'Result not saved: period must be a quarter like 2026-Q3 or a month like 2026-09; attainmentPct cannot be negative; winRatePct must be at most 100%',
    );
    await rejection(
      upsertResult(db(), { repId: crypto.randomUUID(), period: '2026-Q1', attainmentPct: 1 }),
      NotFoundError,
    );
  });
});

describe('reading and deleting results', () => {
  it("lists a rep's results in period order through [repId+period], and a period's results", async () => {
    const ana = await seedRep(db(), { name: 'Ana' });
    const ben = await seedRep(db(), { name: 'Ben' });
    await upsertResult(db(), { repId: ana.id, period: '2026-Q2', attainmentPct: 100 });
    await upsertResult(db(), { repId: ana.id, period: '2026-Q1', attainmentPct: 90 });
    await upsertResult(db(), { repId: ana.id, period: '2025-Q4', attainmentPct: 80 });
    await upsertResult(db(), { repId: ben.id, period: '2026-Q1', attainmentPct: 70 });
    expect((await listResultsForRep(db(), ana.id)).map((result) => result.period)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect((await listResultsForPeriod(db(), '2026-Q1')).map((result) => result.attainmentPct).sort()).toEqual([
      70, 90,
    ]);
  });

  it('returns null for an unknown id and deletes a result', async () => {
    const rep = await seedRep(db());
    expect(await getResult(db(), crypto.randomUUID())).toBeNull();
    const result = await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 90 });
    await deleteResult(db(), result.id);
    expect(await getResult(db(), result.id)).toBeNull();
    await rejection(deleteResult(db(), result.id), NotFoundError);
  });
});
