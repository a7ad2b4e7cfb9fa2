import { describe, expect, it } from 'vitest';
import { addAccount } from './accounts';
import { addObservation } from './observations';
import { addPlan } from './plans';
import { upsertResult } from './results';
import { countRows, loadInsightInput } from './snapshot';
import { saveStrategyAnswers } from './strategies';
import { seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';
import { addTimeEntry } from './time-entries';

const db = freshDbForEachTest();

describe('loadInsightInput and countRows', () => {
  it('are empty on a new database', async () => {
    expect(await loadInsightInput(db())).toEqual({
      reps: [],
      accounts: [],
      skills: [],
      observations: [],
      plans: [],
      strategies: [],
      results: [],
      timeEntries: [],
    });
    expect(Object.values(await countRows(db()))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('return every row as plain arrays, and the counts per table', async () => {
    const rep = await seedRep(db());
    const skill = await seedSkill(db());
    const account = await addAccount(db(), { name: 'Globex' });
    const later = await addObservation(db(), {
      repId: rep.id,
      context: 'meeting',
      observedAt: 2_000,
      durationMin: 20,
      saw: 'b',
    });
    const earlier = await addObservation(db(), {
      repId: rep.id,
      context: 'meeting',
      observedAt: 1_000,
      ratings: [{ skillId: skill.id, score: 2 }],
    });
    const plan = await addPlan(db(), { repId: rep.id, skillId: skill.id, fromLevel: 2, targetLevel: 3, reviewAt: 5 });
    const strategy = await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' });
    const result = await upsertResult(db(), { repId: rep.id, period: '2026-Q1', attainmentPct: 99 });
    const admin = await addTimeEntry(db(), { day: '1970-01-01', activity: 'admin', minutes: 15 });

    const input = await loadInsightInput(db());
    expect(input.reps).toEqual([rep]);
    expect(input.accounts).toEqual([account]);
    expect(input.skills).toEqual([skill]);
    expect(input.observations).toEqual([earlier, later]);
    expect(input.plans).toEqual([plan]);
    expect(input.strategies).toEqual([strategy]);
    expect(input.results).toEqual([result]);
    expect(input.timeEntries).toHaveLength(2);
    expect(input.timeEntries).toContainEqual(admin);
    expect(Array.isArray(input.reps)).toBe(true);

    expect(await countRows(db())).toEqual({
      reps: 1,
      accounts: 1,
      skills: 1,
      observations: 2,
      plans: 1,
      strategies: 1,
      results: 1,
      timeEntries: 2,
    });
  });
});
