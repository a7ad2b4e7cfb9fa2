import { describe, expect, it } from 'vitest';
import { addAccount } from './accounts';
import { DatabaseError, NotFoundError, ValidationError } from './errors';
import { localDay } from './guard';
import {
  addObservation,
  deleteObservation,
  getObservation,
  listObservationsBetween,
  listObservationsForAccount,
  listObservationsForRep,
  updateObservation,
} from './observations';
import { countRows } from './snapshot';
import { rejection, seedRep, seedSkill, freshDbForEachTest } from '@/tests/support/fresh-db';
import { getTimeEntryForObservation, listTimeEntriesBetween } from './time-entries';

const db = freshDbForEachTest();
const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2026, 1, 2, 12);

describe('addObservation', () => {
  it('fills the defaults and stamps createdAt', async () => {
    const rep = await seedRep(db());
    const before = Date.now();
    const observation = await addObservation(db(), {
      repId: rep.id,
      context: 'call-review',
      saw: 'Talked 80% of the time',
    });
    expect(observation).toEqual({
      id: expect.any(String),
      repId: rep.id,
      context: 'call-review',
      observedAt: observation.createdAt,
      ratings: [],
      saw: 'Talked 80% of the time',
      keep: '',
      start: '',
      stop: '',
      sharedWithRep: false,
      createdAt: expect.any(Number),
    });
    expect(observation.createdAt).toBeGreaterThanOrEqual(before);
    expect(await getObservation(db(), observation.id)).toEqual(observation);
    expect(await getTimeEntryForObservation(db(), observation.id)).toBeNull();
  });

  it('with a duration, also records the matching observing time entry', async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), {
      repId: rep.id,
      context: 'joint-call',
      observedAt: t0,
      durationMin: 40,
      keep: 'Clear agenda',
    });
    expect(await getTimeEntryForObservation(db(), observation.id)).toEqual({
      id: expect.any(String),
      day: localDay(t0),
      activity: 'observing',
      minutes: 40,
      repId: rep.id,
      observationId: observation.id,
    });
  });

  it('saves neither the observation nor the time entry when the time entry cannot be written', async () => {
    const rep = await seedRep(db());
    db().timeEntries.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(
      addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 30, saw: 'x' }),
      DatabaseError,
    );
    expect(error.message).toBe("Observation not saved: the browser's storage for CoachLens is full");
    expect(await countRows(db())).toMatchObject({ observations: 0, timeEntries: 0 });
  });

  it('refuses invalid fields with their names and plain words', async () => {
    const rep = await seedRep(db());
    const error = await rejection(
      addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 0, saw: 'x' }),
      ValidationError,
    );
    expect(error.message).toBe('Observation not saved: durationMin must be at least 1 minute');
    const ratings = await rejection(
      addObservation(db(), { repId: rep.id, context: 'meeting', ratings: [{ skillId: rep.id, score: 5 }] }),
      ValidationError,
    );
    expect(ratings.message).toBe('Observation not saved: ratings[0].score must be a level from 1 to 4');
    const empty = await rejection(addObservation(db(), { repId: rep.id, context: 'meeting' }), ValidationError);
    expect(empty.message).toBe('Observation not saved: ratings needs at least one rating or a note');
    expect((await countRows(db())).observations).toBe(0);
  });

  it('refuses a rep, account or skill that does not exist', async () => {
    const rep = await seedRep(db());
    const missing = crypto.randomUUID();
    const base = { repId: rep.id, context: 'meeting', saw: 'x' };
    expect((await rejection(addObservation(db(), { ...base, repId: missing }), NotFoundError)).entity).toBe('Rep');
    expect((await rejection(addObservation(db(), { ...base, accountId: missing }), NotFoundError)).entity).toBe(
      'Account',
    );
    const skill = await rejection(
      addObservation(db(), { ...base, ratings: [{ skillId: missing, score: 2 }] }),
      NotFoundError,
    );
    expect(skill.message).toBe(`Skill ${missing.slice(0, 8)}… not found`);
    expect((await countRows(db())).observations).toBe(0);
  });
});

describe('updateObservation', () => {
  it('keeps the time entry in sync: minutes, day and rep follow; clearing the duration removes it', async () => {
    const ana = await seedRep(db(), { name: 'Ana' });
    const ben = await seedRep(db(), { name: 'Ben' });
    const observation = await addObservation(db(), {
      repId: ana.id,
      context: 'meeting',
      observedAt: t0,
      durationMin: 30,
      saw: 'x',
    });
    const entry = await getTimeEntryForObservation(db(), observation.id);

    const moved = await updateObservation(db(), observation.id, {
      durationMin: 50,
      observedAt: t0 + 3 * day,
      repId: ben.id,
    });
    expect(moved).toMatchObject({ durationMin: 50, repId: ben.id, createdAt: observation.createdAt });
    expect(await getTimeEntryForObservation(db(), observation.id)).toEqual({
      ...entry,
      minutes: 50,
      day: localDay(t0 + 3 * day),
      repId: ben.id,
    });

    const cleared = await updateObservation(db(), observation.id, { durationMin: null });
    expect(cleared).not.toHaveProperty('durationMin');
    expect(await getTimeEntryForObservation(db(), observation.id)).toBeNull();

    await updateObservation(db(), observation.id, { durationMin: 20 });
    expect((await getTimeEntryForObservation(db(), observation.id))?.minutes).toBe(20);
    expect((await countRows(db())).timeEntries).toBe(1);
  });

  it('changes nothing when the time entry cannot be updated', async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 30, saw: 'x' });
    db().timeEntries.hook('updating', () => {
      throw new Error('disk error');
    });
    await rejection(updateObservation(db(), observation.id, { durationMin: 45, saw: 'y' }), DatabaseError);
    expect(await getObservation(db(), observation.id)).toEqual(observation);
    expect((await getTimeEntryForObservation(db(), observation.id))?.minutes).toBe(30);
  });

  it('refuses invalid patches, keeps id and createdAt, and reports a missing observation', async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), { repId: rep.id, context: 'meeting', saw: 'x' });
    const error = await rejection(updateObservation(db(), observation.id, { observedAt: Number.NaN }), ValidationError);
    expect(error.message).toBe('Observation not saved: observedAt must be a date and time');
    const same = await updateObservation(db(), observation.id, { id: crypto.randomUUID(), createdAt: 5, keep: 'k' });
    expect(same).toEqual({ ...observation, keep: 'k' });
    await rejection(updateObservation(db(), crypto.randomUUID(), { saw: 'y' }), NotFoundError);
  });
});

describe('deleteObservation', () => {
  it('removes the observation and its time entry together', async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 30, saw: 'x' });
    const plain = await addObservation(db(), { repId: rep.id, context: 'meeting', saw: 'y' });
    expect(await deleteObservation(db(), observation.id)).toEqual({ timeEntries: 1 });
    expect(await deleteObservation(db(), plain.id)).toEqual({ timeEntries: 0 });
    expect(await countRows(db())).toMatchObject({ observations: 0, timeEntries: 0 });
    await rejection(deleteObservation(db(), observation.id), NotFoundError);
  });

  it('keeps the observation when its time entry cannot be deleted', async () => {
    const rep = await seedRep(db());
    const observation = await addObservation(db(), { repId: rep.id, context: 'meeting', durationMin: 30, saw: 'x' });
    db().timeEntries.hook('deleting', () => {
      throw new Error('disk error');
    });
    await rejection(deleteObservation(db(), observation.id), DatabaseError);
    expect(await getObservation(db(), observation.id)).toEqual(observation);
  });
});

describe('listing observations', () => {
  it("lists a rep's observations newest first through [repId+observedAt], with limit and before", async () => {
    const ana = await seedRep(db(), { name: 'Ana' });
    const ben = await seedRep(db(), { name: 'Ben' });
    // Written out of order, so the order below comes from the index, not from insertion.
    for (const offset of [2, 0, 4, 1, 3]) {
      await addObservation(db(), {
        repId: ana.id,
        context: 'meeting',
        observedAt: t0 + offset * day,
        saw: `a${offset}`,
      });
    }
    await addObservation(db(), { repId: ben.id, context: 'meeting', observedAt: t0 + 10 * day, saw: 'b' });

    const all = await listObservationsForRep(db(), ana.id);
    expect(all.map((obs) => obs.saw)).toEqual(['a4', 'a3', 'a2', 'a1', 'a0']);
    const firstPage = await listObservationsForRep(db(), ana.id, { limit: 2 });
    expect(firstPage.map((obs) => obs.saw)).toEqual(['a4', 'a3']);
    const nextPage = await listObservationsForRep(db(), ana.id, { limit: 2, before: firstPage[1]?.observedAt });
    expect(nextPage.map((obs) => obs.saw)).toEqual(['a2', 'a1']);
    expect(await listObservationsForRep(db(), crypto.randomUUID())).toEqual([]);
  });

  it("lists an account's observations newest first through [accountId+observedAt]", async () => {
    const rep = await seedRep(db());
    const globex = await addAccount(db(), { name: 'Globex' });
    const initech = await addAccount(db(), { name: 'Initech' });
    await addObservation(db(), { repId: rep.id, accountId: globex.id, context: 'meeting', observedAt: t0, saw: 'g0' });
    await addObservation(db(), {
      repId: rep.id,
      accountId: initech.id,
      context: 'meeting',
      observedAt: t0 + day,
      saw: 'i',
    });
    await addObservation(db(), {
      repId: rep.id,
      accountId: globex.id,
      context: 'meeting',
      observedAt: t0 + 2 * day,
      saw: 'g2',
    });
    await addObservation(db(), { repId: rep.id, context: 'meeting', observedAt: t0 + 3 * day, saw: 'none' });
    expect((await listObservationsForAccount(db(), globex.id)).map((obs) => obs.saw)).toEqual(['g2', 'g0']);
    expect((await listObservationsForAccount(db(), globex.id, { before: t0 + 2 * day })).map((obs) => obs.saw)).toEqual(
      ['g0'],
    );
  });

  it('lists observations in a time window, oldest first, end excluded', async () => {
    const rep = await seedRep(db());
    for (const offset of [3, 0, 1, 2]) {
      await addObservation(db(), {
        repId: rep.id,
        context: 'meeting',
        observedAt: t0 + offset * day,
        saw: `o${offset}`,
      });
    }
    expect((await listObservationsBetween(db(), t0 + day, t0 + 3 * day)).map((obs) => obs.saw)).toEqual(['o1', 'o2']);
  });

  it('returns null for an unknown id', async () => {
    expect(await getObservation(db(), crypto.randomUUID())).toBeNull();
  });

  it('records observing time that the time queries see', async () => {
    const rep = await seedRep(db());
    await addObservation(db(), { repId: rep.id, context: 'ride-along', observedAt: t0, durationMin: 90, saw: 'x' });
    const entries = await listTimeEntriesBetween(db(), localDay(t0), localDay(t0));
    expect(entries.map((entry) => [entry.activity, entry.minutes])).toEqual([['observing', 90]]);
  });
});

describe('ratings', () => {
  it('stores ratings of existing skills and refuses the same skill twice', async () => {
    const rep = await seedRep(db());
    const skill = await seedSkill(db());
    const observation = await addObservation(db(), {
      repId: rep.id,
      context: 'deal-review',
      ratings: [{ skillId: skill.id, score: 3 }],
    });
    expect(observation.ratings).toEqual([{ skillId: skill.id, score: 3 }]);
    const error = await rejection(
      updateObservation(db(), observation.id, {
        ratings: [
          { skillId: skill.id, score: 3 },
          { skillId: skill.id, score: 2 },
        ],
      }),
      ValidationError,
    );
    expect(error.message).toBe('Observation not saved: ratings[1].skillId rates the same skill twice');
  });
});
