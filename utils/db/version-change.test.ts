import { describe, expect, it } from 'vitest';
import { CoachLensDb, type DatabaseLifecycleEvent } from './app-db';
import { DatabaseUnavailableError } from './errors';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { addRep, listReps } from './reps';
import { rejection } from '@/tests/support/fresh-db';
import { dbVersions } from './versions';

/*
 * A schema upgrade while another CoachLens page holds the database open. IndexedDB lets
 * an upgrade run only once every other connection has closed; a page that ignores `versionchange`
 * blocks it forever, and a page that silently reopens would keep writing with outdated code.
 */

/** Today's history plus a candidate v2 that adds an index, as a future release would. */
const withV2 = [...dbVersions, { version: 2, stores: { reps: 'id, *crmKeys, name, email' } }];

function names() {
  return `test-versionchange-${crypto.randomUUID()}`;
}

describe('a newer version upgrades the database while this page holds it open', () => {
  it('the old page closes so the upgrade goes through, stays closed, and says to reload', async () => {
    const name = names();
    const oldPage = new CoachLensDb(name);
    await addRep(oldPage, { name: 'Dana Whitfield' });
    const events: DatabaseLifecycleEvent[] = [];
    oldPage.onLifecycle((event) => events.push(event));

    const newPage = new CoachLensDb(name, undefined, withV2);
    await newPage.open(); // would hang here if the old connection did not close
    expect(newPage.verno).toBe(2);
    expect((await newPage.reps.toArray()).map((rep) => rep.name)).toEqual(['Dana Whitfield']);

    expect(events).toEqual([{ type: 'outdated', newVersion: 2 }]);
    expect(oldPage.outdatedBy).toBe(2);
    expect(oldPage.isOpen()).toBe(false);
    // The old code must not reopen the upgraded database and write old-shaped rows into it.
    const readError = await rejection(listReps(oldPage), DatabaseUnavailableError);
    expect(readError.message).toContain('reload this page');
    await rejection(addRep(oldPage, { name: 'Written by old code' }), DatabaseUnavailableError);
    expect((await newPage.reps.toArray()).map((rep) => rep.name)).toEqual(['Dana Whitfield']);
    expect(newPage.isOpen()).toBe(true); // the newer page was not disturbed by the old one

    await deleteDatabase(newPage);
  });

  it('a delete or same-version change lets the page reopen on its next query (restore, wipe)', async () => {
    const name = names();
    const page = new CoachLensDb(name);
    await addRep(page, { name: 'Dana Whitfield' });
    const other = new CoachLensDb(name);
    await other.open();
    await other.delete({ disableAutoOpen: false }); // fires versionchange with newVersion null at `page`
    expect(page.outdatedBy).toBeUndefined();
    expect(await listReps(page)).toEqual([]); // reopened, on the fresh empty database
    await deleteDatabase(page);
  });
});

describe('this page upgrades while an older page will not let go', () => {
  it('reports that the upgrade is blocked, then finishes as soon as the old connection closes', async () => {
    const name = names();
    // An older release that ignores `versionchange`: a bare IndexedDB connection at v1 (Dexie's × 10).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const seed = new CoachLensDb(name);
      void seed.open().then(() => {
        seed.close();
        const request = indexedDB.open(name, 10);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }, reject);
    });
    stubborn.onversionchange = () => undefined;

    const upgrader = new CoachLensDb(name, undefined, withV2);
    const events: DatabaseLifecycleEvent[] = [];
    upgrader.onLifecycle((event) => events.push(event));
    let opened = false;
    const opening = upgrader.open().then(() => {
      opened = true;
    });
    await expect.poll(() => events).toEqual([{ type: 'blocked', oldVersion: 1 }]);
    expect(opened).toBe(false);

    stubborn.close();
    await opening;
    expect(upgrader.verno).toBe(2);
    await deleteDatabase(upgrader);
  });
});

describe('a page that opens the database only after a newer version upgraded it', () => {
  it('refuses to use it and says the data was saved by a newer CoachLens', async () => {
    const name = names();
    const newer = new CoachLensDb(name, undefined, withV2);
    await addRep(newer, { name: 'Dana Whitfield' });
    newer.close();

    const stale = new CoachLensDb(name);
    const error = await rejection(listReps(stale), DatabaseUnavailableError);
    expect(error.message).toContain('newer version of CoachLens');
    expect(stale.outdatedBy).toBe(2);
    await rejection(addRep(stale, { name: 'Written by old code' }), DatabaseUnavailableError);

    const check = new CoachLensDb(name, undefined, withV2);
    expect((await check.reps.toArray()).map((rep) => rep.name)).toEqual(['Dana Whitfield']);
    await deleteDatabase(check);
  });
});
