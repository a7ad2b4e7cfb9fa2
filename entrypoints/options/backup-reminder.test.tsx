// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';
import { lastBackupAtItem } from '@/utils/storage/items';

cleanDashboardForEachTest();

describe('backup reminder in the dashboard', () => {
  it('asks for a backup when there is data and none was ever made, and leads to the Data section', async () => {
    await withSampleTeam();
    await openSection('#overview', 'Team overview');
    const reminder = await screen.findByRole('note');
    expect(reminder.textContent).toContain('You have not made a backup of your coaching data yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(window.location.hash).toBe('#data'));
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });

  it('waits while there is little to lose: three reps just added get no reminder', async () => {
    for (const name of ['Ana Lima', 'Ben Carter', 'Cy Diaz']) await addRep(getDb(), { name });
    await openSection('#overview', 'Team overview');
    await screen.findAllByRole('table');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says nothing when the last backup is recent', async () => {
    await withSampleTeam();
    await lastBackupAtItem.setValue(Date.now() - 3 * 86_400_000);
    await openSection('#overview', 'Team overview');
    await screen.findAllByRole('table');
    expect(screen.queryByText(/backup/i)).toBeNull();
  });
});
