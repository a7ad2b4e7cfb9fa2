import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from './errors';
import { addObservation } from './observations';
import { rejection, seedRep, freshDbForEachTest } from '@/tests/support/fresh-db';
import {
  addTimeEntry,
  deleteTimeEntry,
  getTimeEntry,
  getTimeEntryForObservation,
  listTimeEntriesBetween,
  updateTimeEntry,
} from './time-entries';

const db = freshDbForEachTest();

describe('addTimeEntry', () => {
  it('records manager time', async () => {
    const rep = await seedRep(db());
    const entry = await addTimeEntry(db(), { day: '2026-02-03', activity: 'coaching', minutes: 45, repId: rep.id });
    expect(entry).toEqual({
      id: expect.any(String),
      day: '2026-02-03',
      activity: 'coaching',
      minutes: 45,
      repId: rep.id,
    });
    expect(await getTimeEntry(db(), entry.id)).toEqual(entry);
  });

  it('refuses invalid fields, an unknown rep, and an observationId', async () => {
    const error = await rejection(
      addTimeEntry(db(), { day: '2026-2-3', activity: 'golf', minutes: 0 }),
      ValidationError,
    );
    expect(error.message).toBe(
      'Time entry not saved: day must be a day like 2026-11-27; activity must be one of: observing, coaching, account-strategy, selling, internal-meetings, admin; minutes must be at least 1 minute',
    );
    await rejection(
      addTimeEntry(db(), { day: '2026-02-03', activity: 'coaching', minutes: 5, repId: crypto.randomUUID() }),
      NotFoundError,
    );
    const linked = await rejection(
      addTimeEntry(db(), { day: '2026-02-03', activity: 'observing', minutes: 5, observationId: crypto.randomUUID() }),
      ValidationError,
    );
    expect(linked.issues[0]?.field).toBe('observationId');
  });
});

describe('updateTimeEntry and deleteTimeEntry', () => {
  it('changes and deletes a manual entry', async () => {
    const entry = await addTimeEntry(db(), { day: '2026-02-03', activity: 'admin', minutes: 30 });
    const updated = await updateTimeEntry(db(), entry.id, { minutes: 40, activity: 'selling' });
    expect(updated).toEqual({ ...entry, minutes: 40, activity: 'selling' });
    const error = await rejection(updateTimeEntry(db(), entry.id, { minutes: 2000 }), ValidationError);
    expect(error.message).toBe('Time entry not saved: minutes must be at most 24 hours (1,440 minutes)');
    await deleteTimeEntry(db(), entry.id);
    expect(await getTimeEntry(db(), entry.id)).toBeNull();
    await rejection(deleteTimeEntry(db(), entry.id), NotFoundError);
    await rejection(updateTimeEntry(db(), entry.id, { minutes: 1 }), NotFoundError);
  });

  it("leaves an observation's time entry to the observation", async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 30, saw: 'x' });
    const entry = await getTimeEntryForObservation(db(), observation.id);
    if (!entry) throw new Error('no time entry');
    const update = await rejection(updateTimeEntry(db(), entry.id, { minutes: 10 }), ValidationError);
    expect(update.message).toBe(
      "Time entry not saved: observationId links this time to an observation; change the observation's duration instead",
    );
    await rejection(deleteTimeEntry(db(), entry.id), ValidationError);
    expect(await getTimeEntry(db(), entry.id)).toEqual(entry);
  });
});

describe('listTimeEntriesBetween', () => {
  it('lists entries of the days from fromDay to toDay, both included, in day order', async () => {
    for (const day of ['2026-02-05', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01']) {
      await addTimeEntry(db(), { day, activity: 'admin', minutes: 10 });
    }
    expect((await listTimeEntriesBetween(db(), '2026-02-01', '2026-02-28')).map((entry) => entry.day)).toEqual([
      '2026-02-01',
      '2026-02-05',
      '2026-02-28',
    ]);
    expect(await listTimeEntriesBetween(db(), '2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('refuses a malformed day', async () => {
    const error = await rejection(listTimeEntriesBetween(db(), '2026-02-01', 'tomorrow'), ValidationError);
    expect(error.message).toBe('Time entries not loaded: toDay must be a day like 2026-11-27');
  });
});
