import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CoachLensDb, openCoachLensDb } from '@/utils/db/app-db';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { ReadPriority } from '@/utils/db/read-priority';
import { addRep } from '@/utils/db/reps';
import { readTeamSummary } from '@/utils/db/team-summary-store';
import type { PageContext } from '@/utils/messaging/protocol';
import { EarlyRepViews } from './early-rep-views';
import { TeamCache, type TeamData } from './team-cache';

const userPage = (userId: string): PageContext => ({
  ref: { crm: 'salesforce', kind: 'user', id: userId },
  facts: {},
  url: `https://acme.lightning.force.com/lightning/r/User/${userId}/view`,
});

function teamData(cache: TeamCache): Promise<TeamData> {
  return new Promise((resolve, reject) => {
    const stop = cache.subscribe((data) => {
      queueMicrotask(() => stop());
      if (data instanceof Error) reject(data);
      else resolve(data);
    });
  });
}

/** A database with one linked rep and a saved team summary, as a service worker that ran before leaves it. */
async function databaseWithSummary(): Promise<CoachLensDb> {
  const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
  await addRep(db, { name: 'Robin Core', crmLinks: [{ crm: 'salesforce', userId: '005B' }] });
  await teamData(new TeamCache(() => db));
  while (!(await readTeamSummary(db))) await new Promise((resolve) => setTimeout(resolve, 5));
  return db;
}

describe('EarlyRepViews', () => {
  let db: CoachLensDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await databaseWithSummary();
  });
  afterEach(() => deleteDatabase(db));

  /** A fresh worker's pieces; `reads` counts the early views that read the database. */
  function coldWorker() {
    const reads = vi.fn(() => db);
    const priority = new ReadPriority();
    const cache = new TeamCache(() => db, { readPriority: priority });
    return { reads, cache, early: new EarlyRepViews(reads, cache, priority) };
  }

  it('starts a rep page’s view when the tab reports it, and hands that one to the tab’s panel once', async () => {
    const { reads, early } = coldWorker();
    const page = userPage('005B');
    early.prepare(7, page);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await early.take(7, page)).toMatchObject({ state: 'rep', rep: { rep: { name: 'Robin Core' } } });
    expect(reads).toHaveBeenCalledTimes(1);
    // Taken once: a second panel on the tab builds its own.
    expect(await early.take(7, page)).toMatchObject({ state: 'rep' });
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('does not hand a view prepared for another page, or for another tab', async () => {
    const { reads, early } = coldWorker();
    early.prepare(7, userPage('005B'));
    await early.take(8, userPage('005B'));
    await early.take(7, userPage('005B')); // the same page, but not the context it was prepared for
    expect(reads).toHaveBeenCalledTimes(3);
  });

  it('prepares nothing for other pages, or once the team is in memory', async () => {
    const { reads, cache, early } = coldWorker();
    const account = userPage('001A');
    early.prepare(7, { ...account, ref: { ...account.ref, kind: 'account' } });
    early.prepare(7, null);
    expect(reads).not.toHaveBeenCalled();
    await teamData(cache);
    const stop = cache.subscribe(() => undefined); // keeps the team in memory
    early.prepare(7, userPage('005B'));
    expect(reads).not.toHaveBeenCalled();
    stop();
  });

  it('drops a prepared view when the team arrives: it never outlives the cold start', async () => {
    const { reads, cache, early } = coldWorker();
    const page = userPage('005B');
    early.prepare(7, page);
    await teamData(cache);
    await early.take(7, page);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
