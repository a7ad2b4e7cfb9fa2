// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { CoachLensDb, dbName, getDb } from '@/utils/db/app-db';
import { deleteDatabase } from '@/tests/support/migration-harness';
import { dbVersions } from '@/utils/db/versions';
import { openSection, cleanDashboardForEachTest } from '@/tests/support/dashboard';

/*
 * The dashboard is the page a manager leaves open for days. When a newer CoachLens (in
 * another tab, after an update) upgrades the database, the dashboard lets go of it at once (or the
 * upgrade would wait forever) and asks for a reload instead of failing on the next click.
 */

cleanDashboardForEachTest();

// One retry: about one run in twelve, a read still under way when the newer version takes the
// database fails outside the dashboard's lifecycle handling (docs/architecture.md, known gaps).
it('the dashboard says to reload when a newer version upgrades the database under it', { retry: 1 }, async () => {
  await openSection('#overview', 'Team overview');
  expect(screen.queryByRole('alert')).toBeNull();

  const newer = new CoachLensDb(dbName, undefined, [
    ...dbVersions,
    { version: 2, stores: { reps: 'id, *crmKeys, name, email' } },
  ]);
  await act(() => newer.open()); // completes only because the dashboard closed its connection
  expect(await screen.findByRole('alert')).toHaveProperty(
    'textContent',
    expect.stringContaining('CoachLens was updated in another tab'),
  );
  expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy();
  expect(getDb().isOpen()).toBe(false);
  await deleteDatabase(newer);
});
