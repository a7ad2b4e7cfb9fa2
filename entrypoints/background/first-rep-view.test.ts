import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCoachLensDb } from '@/utils/db/app-db';
import { addObservation } from '@/utils/db/observations';
import { addPlan } from '@/utils/db/plans';
import { addRep } from '@/utils/db/reps';
import { upsertResult } from '@/utils/db/results';
import { addSkill } from '@/utils/db/skills';
import { addAccount } from '@/utils/db/accounts';
import type { PageContext } from '@/utils/messaging/protocol';
import { buildPanelView } from './build-panel-view';
import { readTeamSummary } from '@/utils/db/team-summary-store';
import type { CoachLensDb } from '@/utils/db/app-db';
import { deleteAllData } from '@/utils/data/wipe';
import { firstRepView } from './first-rep-view';
import { TeamCache, type TeamData } from './team-cache';

const now = Date.UTC(2026, 7, 20, 12);
const dayMs = 86_400_000;
const userPage = (userId: string): PageContext => ({
  ref: { crm: 'salesforce', kind: 'user', id: userId },
  facts: {},
  url: `https://acme.lightning.force.com/lightning/r/User/${userId}/view`,
});

/** Resolves with the team cache's first data once its summary is saved, then closes it. */
async function teamData(db: CoachLensDb): Promise<TeamData> {
  const cache = new TeamCache(() => db, { now: () => now });
  const data = await new Promise<TeamData>((resolve, reject) => {
    const stop = cache.subscribe((latest) => {
      queueMicrotask(() => stop());
      if (latest instanceof Error) reject(latest);
      else resolve(latest);
    });
  });
  // The summary is written right after publishing. (Not vi.waitFor: it would move the faked clock.)
  while (!(await readTeamSummary(db))) await new Promise((resolve) => setTimeout(resolve, 5));
  return data;
}

const link = (userId: string) => ({ crmLinks: [{ crm: 'salesforce', userId }] });

/** Two reps, a skill, an account, observations, a plan and a result: enough for stars and a benchmark. */
async function smallTeam(db: CoachLensDb) {
  const skill = await addSkill(db, { name: 'Discovery', levels: ['1', '2', '3', '4'] });
  const star = await addRep(db, { name: 'Sam Star', tier: 'star', tierSource: 'manual', ...link('005A') });
  const robin = await addRep(db, { name: 'Robin Core', tier: 'core', tierSource: 'manual', ...link('005B') });
  const acme = await addAccount(db, { name: 'Acme' });
  for (const [repId, score, days] of [
    [star.id, 4, 2],
    [star.id, 3, 40],
    [robin.id, 2, 1],
    [robin.id, 3, 100],
  ] as const) {
    await addObservation(db, {
      repId,
      accountId: acme.id,
      context: 'meeting',
      observedAt: now - days * dayMs,
      durationMin: 30,
      ratings: [{ skillId: skill.id, score }],
    });
  }
  await addPlan(db, { repId: robin.id, skillId: skill.id, fromLevel: 2, targetLevel: 3, reviewAt: now + dayMs });
  await upsertResult(db, { repId: robin.id, period: '2026-Q3', attainmentPct: 91 });
  return { skill, star, robin };
}

describe('firstRepView', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now });
  });
  afterEach(() => vi.useRealTimers());

  it('shows a rep from its own rows and the saved team numbers exactly as the whole team does', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await smallTeam(db);

    expect(await firstRepView(db, userPage('005B'))).toBeNull(); // no summary saved yet
    const data = await teamData(db);

    const early = await firstRepView(db, userPage('005B'));
    expect(early).toEqual(buildPanelView(data, userPage('005B')));
    expect(early).toMatchObject({ state: 'rep', rep: { rep: { name: 'Robin Core' } } });
    // The benchmark is the star's, which the rep's own rows do not hold.
    expect(early?.state === 'rep' && early.rep.skills[0]?.benchmark.source).toBe('stars');
  });

  it('gives nothing where it cannot help: an unlinked user page, or not a user page', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await addRep(db, { name: 'Sam Star' });
    await teamData(db);
    expect(await firstRepView(db, userPage('005Z'))).toBeNull();
    const account = userPage('001A');
    expect(await firstRepView(db, { ...account, ref: { ...account.ref, kind: 'account' } })).toBeNull();
  });

  it('still has the summary after the browser restarts: it is not kept in session storage', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await smallTeam(db);
    const data = await teamData(db);
    fakeBrowser.reset(); // storage.session (and everything else of the browser's) is gone
    expect(await firstRepView(db, userPage('005B'))).toEqual(buildPanelView(data, userPage('005B')));
  });

  it('gives nothing for a rep the summary does not know (added since, or other data)', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await smallTeam(db);
    await teamData(db);
    await addRep(db, { name: 'Nia New', ...link('005N') });
    expect(await firstRepView(db, userPage('005N'))).toBeNull();
  });

  it('forgets the summary when all data is deleted, so no early view names reps that are gone', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    await smallTeam(db);
    await teamData(db);
    await deleteAllData(db);
    expect(await readTeamSummary(db)).toBeNull();
    // The same CRM user linked again, to a new rep: the old numbers are not shown for it.
    await addRep(db, { name: 'Robin Again', ...link('005B') });
    expect(await firstRepView(db, userPage('005B'))).toBeNull();
  });
});
