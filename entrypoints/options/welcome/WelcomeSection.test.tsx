// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { OptionsApp } from '../OptionsApp';
import { cleanDashboardForEachTest } from '@/tests/support/dashboard';
import { welcomeItem } from '@/utils/storage/items';

cleanDashboardForEachTest();

describe('WelcomeSection', () => {
  it('opens on first run, loads the sample team and removes it in one click', async () => {
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    await waitFor(() => expect(window.location.hash).toBe('#welcome'));
    const load = within(welcome).getByRole('button', { name: 'Load the sample team' });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);
    await within(welcome).findByText(
      'Sample team loaded: 9 reps. Open the team overview to explore.',
      {},
      { timeout: 10_000 },
    );
    expect(await getDb().reps.count()).toBe(9);

    fireEvent.click(await within(welcome).findByRole('button', { name: 'Remove the sample team' }));
    await within(welcome).findByText('Sample team removed (9 reps).', {}, { timeout: 10_000 });
    expect(await getDb().reps.count()).toBe(0);
  });

  it('adds a rep, installs the framework, records the CRM and finishes on the overview', async () => {
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    fireEvent.change(within(welcome).getByLabelText('Rep name'), { target: { value: 'Dana Whitfield' } });
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add rep' }));
    await within(welcome).findByText('Saved Dana Whitfield.');
    fireEvent.click(within(welcome).getByRole('button', { name: 'Use this framework' }));
    await within(welcome).findByText(/Your framework has 8 skills/);
    fireEvent.click(within(welcome).getByRole('radio', { name: 'HubSpot' }));
    await waitFor(async () => expect((await welcomeItem.getValue()).crm).toBe('hubspot'));
    fireEvent.click(within(welcome).getByRole('button', { name: 'Done: go to the team overview' }));
    await screen.findByRole('region', { name: 'Team overview' }, { timeout: 10_000 });
    expect((await welcomeItem.getValue()).completed).toBe(true);
  });
});
