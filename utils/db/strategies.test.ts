import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAccount } from './accounts';
import { NotFoundError, StaleWriteError, ValidationError } from './errors';
import {
  addStrategy,
  deleteStrategy,
  getStrategy,
  getStrategyForAccount,
  listStrategiesForAccount,
  saveStrategyAnswers,
  updateStrategy,
} from './strategies';
import { rejection, seedRep, freshDbForEachTest } from '@/tests/support/fresh-db';

const db = freshDbForEachTest();

afterEach(() => {
  vi.useRealTimers();
});

describe('addStrategy and updateStrategy', () => {
  it('starts a session and updates it, bumping updatedAt', async () => {
    const rep = await seedRep(db());
    const account = await addAccount(db(), { name: 'Globex' });
    const strategy = await addStrategy(db(), { accountId: account.id, meetingAt: 5_000 });
    expect(strategy).toEqual({
      id: expect.any(String),
      accountId: account.id,
      answers: {},
      meetingAt: 5_000,
      updatedAt: expect.any(Number),
    });
    const updated = await updateStrategy(db(), strategy.id, { repId: rep.id, meetingAt: null, accountId: rep.id });
    expect(updated).toEqual({ ...strategy, repId: rep.id, meetingAt: undefined, updatedAt: expect.any(Number) });
    expect(updated).not.toHaveProperty('meetingAt');
    expect(updated.updatedAt).toBeGreaterThan(strategy.updatedAt);
    expect(await getStrategy(db(), strategy.id)).toEqual(updated);
  });

  it('refuses an unknown account, rep or session, and invalid fields', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    await rejection(addStrategy(db(), { accountId: crypto.randomUUID() }), NotFoundError);
    await rejection(addStrategy(db(), { accountId: account.id, repId: crypto.randomUUID() }), NotFoundError);
    const error = await rejection(addStrategy(db(), { accountId: account.id, meetingAt: -1 }), ValidationError);
    expect(error.message).toBe('Strategy not saved: meetingAt must be after 1970');
    await rejection(updateStrategy(db(), crypto.randomUUID(), { meetingAt: 1 }), NotFoundError);
  });
});

describe('getStrategyForAccount', () => {
  it('returns the most recently saved session, through the accountId index', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const account = await addAccount(db(), { name: 'Globex' });
    const other = await addAccount(db(), { name: 'Initech' });
    vi.setSystemTime(1_000);
    const older = await addStrategy(db(), { accountId: account.id, answers: { objective: 'Old' } });
    vi.setSystemTime(2_000);
    const newer = await addStrategy(db(), { accountId: account.id, answers: { objective: 'New' } });
    vi.setSystemTime(3_000);
    await addStrategy(db(), { accountId: other.id });
    expect(await getStrategyForAccount(db(), account.id)).toEqual(newer);
    expect((await listStrategiesForAccount(db(), account.id)).map((s) => s.id)).toEqual([newer.id, older.id]);
    vi.setSystemTime(4_000);
    await updateStrategy(db(), older.id, { meetingAt: 9_000 });
    expect((await getStrategyForAccount(db(), account.id))?.id).toBe(older.id);
  });

  it('returns null when the account has no session', async () => {
    expect(await getStrategyForAccount(db(), crypto.randomUUID())).toBeNull();
  });
});

describe('saveStrategyAnswers', () => {
  it('creates the first session, then merges answers into it and bumps updatedAt', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    const first = await saveStrategyAnswers(db(), account.id, { objective: 'Agree the pilot', 'red-flags': 'No CFO' });
    expect(first).toEqual({
      id: expect.any(String),
      accountId: account.id,
      answers: { objective: 'Agree the pilot', 'red-flags': 'No CFO' },
      updatedAt: expect.any(Number),
    });
    const second = await saveStrategyAnswers(db(), account.id, { objective: 'Sign the pilot', 'red-flags': '' });
    expect(second.id).toBe(first.id);
    expect(second.answers).toEqual({ objective: 'Sign the pilot' });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    const third = await saveStrategyAnswers(db(), account.id, { objective: null, goals: 'Cut churn' });
    expect(third.answers).toEqual({ goals: 'Cut churn' });
    expect(await listStrategiesForAccount(db(), account.id)).toHaveLength(1);
  });

  it('refuses a bad prompt id or answer, and an unknown account', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    const key = await rejection(saveStrategyAnswers(db(), account.id, { 'Not An Id': 'x' }), ValidationError);
    expect(key.message).toBe(
      'Strategy not saved: answers["Not An Id"] is not an allowed key: must be a prompt id (lower-case letters, digits, dashes)',
    );
    const value = await rejection(saveStrategyAnswers(db(), account.id, { objective: 3 }), ValidationError);
    expect(value.message).toBe('Strategy not saved: answers.objective must be text');
    const notObject = await rejection(saveStrategyAnswers(db(), account.id, 'x'), ValidationError);
    expect(notObject.message).toBe('Strategy not saved: answers must be a group of fields');
    await rejection(saveStrategyAnswers(db(), crypto.randomUUID(), { objective: 'x' }), NotFoundError);
    expect(await getStrategyForAccount(db(), account.id)).toBeNull();
  });
});

describe('deleteStrategy', () => {
  it('deletes one session', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    const strategy = await addStrategy(db(), { accountId: account.id });
    await deleteStrategy(db(), strategy.id);
    expect(await getStrategy(db(), strategy.id)).toBeNull();
    await rejection(deleteStrategy(db(), strategy.id), NotFoundError);
  });
});

describe('answers saved from two tabs', () => {
  it('refuses a save typed over an answer that another tab has changed since, and writes nothing', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' }, { objective: '' });
    await saveStrategyAnswers(db(), account.id, { objective: 'Pilot and pricing' }, { objective: 'Pilot' });
    const stale = await rejection(
      saveStrategyAnswers(db(), account.id, { objective: 'Pilot only', 'why-now': 'Renewal' }, { objective: 'Pilot' }),
      StaleWriteError,
    );
    expect(stale.message).toBe('Not saved: this answer was changed in another tab.');
    expect((await getStrategyForAccount(db(), account.id))?.answers).toEqual({ objective: 'Pilot and pricing' });
  });

  it('lets a resend of a save that committed through (the panel resends after a dropped port)', async () => {
    const account = await addAccount(db(), { name: 'Globex' });
    await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' }, { objective: '' });
    await saveStrategyAnswers(db(), account.id, { objective: 'Pilot' }, { objective: '' });
    expect((await getStrategyForAccount(db(), account.id))?.answers).toEqual({ objective: 'Pilot' });
  });
});
