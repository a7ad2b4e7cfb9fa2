import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCoachLensDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { defaultInsightSettings } from '@/utils/insights';
import { clockRefreshMs, TeamCache, type TeamData } from './team-cache';
import { insightSettingsItem } from '@/utils/storage/items';

function nextData(cache: TeamCache, accept: (data: TeamData) => boolean): Promise<TeamData> {
  return new Promise((resolve, reject) => {
    const stop = cache.subscribe((data) => {
      if (data instanceof Error) reject(data);
      else if (accept(data)) {
        queueMicrotask(() => stop());
        resolve(data);
      }
    });
  });
}

describe('TeamCache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('computes the team with the manager’s saved targets, and again when they change', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    // Added two months ago and never observed: overdue whatever the target.
    await addRep(db, { name: 'Dana Whitfield', addedAt: Date.now() - 60 * 24 * 3_600_000 });
    await insightSettingsItem.setValue({ ...defaultInsightSettings, cadenceTargetDays: 21 });
    const cache = new TeamCache(() => db);

    const first = await nextData(cache, () => true);
    expect(first.team.settings.cadenceTargetDays).toBe(21);
    expect(first.input.reps.map((rep) => rep.name)).toEqual(['Dana Whitfield']);

    const changed = nextData(cache, (data) => data.team.settings.cadenceTargetDays === 7);
    await insightSettingsItem.setValue({ ...defaultInsightSettings, cadenceTargetDays: 7 });
    expect((await changed).team.cadence[0]).toMatchObject({ targetDays: 7, overdue: true });
  });

  it('follows the data live: a rep added elsewhere shows up', async () => {
    const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
    const cache = new TeamCache(() => db);
    await nextData(cache, (data) => data.input.reps.length === 0);
    const added = nextData(cache, (data) => data.input.reps.length === 1);
    await addRep(db, { name: 'Maya Chen' });
    expect((await added).input.reps[0]!.name).toBe('Maya Chen');
  });

  it('moves its clock on while open, so "days since" stays current without a write', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const db = openCoachLensDb(`test-${crypto.randomUUID()}`);
      let clock = 1_000;
      const cache = new TeamCache(() => db, { now: () => clock });
      expect((await nextData(cache, () => true)).team.now).toBe(1_000);
      const moved = nextData(cache, (data) => data.team.now === 2_000);
      clock = 2_000;
      vi.advanceTimersByTime(clockRefreshMs);
      expect((await moved).team.now).toBe(2_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
