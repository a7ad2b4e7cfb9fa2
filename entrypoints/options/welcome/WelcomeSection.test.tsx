// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { installDefaultSkills } from '@/utils/db/skills';
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

  it('asks for the CRM first, then adds reps with their email and CRM user page, and finishes on the overview', async () => {
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    const headings = within(welcome)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings.slice(1, 3)).toEqual(['1. Which CRM do you use?', '2. Your reps']);
    // Before a CRM is chosen, each rep has a CRM to choose; after, the hint says where that CRM keeps user ids.
    expect(within(welcome).getByText(/Choose your CRM first/)).toBeTruthy();
    fireEvent.click(within(welcome).getByRole('radio', { name: 'Salesforce' }));
    await waitFor(async () => expect((await welcomeItem.getValue()).crm).toBe('salesforce'));
    await waitFor(() => expect(within(welcome).queryByRole('combobox', { name: 'CRM' })).toBeNull());
    expect(within(welcome).getByText(/the id starts with 005/)).toBeTruthy();

    fireEvent.change(within(welcome).getByLabelText('Rep name'), { target: { value: 'Dana Whitfield' } });
    fireEvent.change(within(welcome).getByLabelText('Email (optional)'), { target: { value: 'dana@acme.com' } });
    fireEvent.change(within(welcome).getByLabelText('CRM user page or id (optional)'), {
      target: { value: 'https://acme.lightning.force.com/lightning/r/User/005Dn00000Ff3WpIAJ/view' },
    });
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add rep' }));
    await within(welcome).findByText('Saved Dana Whitfield.');
    const [dana] = await getDb().reps.toArray();
    expect(dana).toMatchObject({
      name: 'Dana Whitfield',
      email: 'dana@acme.com',
      crmLinks: [{ crm: 'salesforce', userId: '005Dn00000Ff3WpIAJ' }],
    });
    await within(welcome).findByText('Your reps: Dana Whitfield · dana@acme.com.');

    fireEvent.click(within(welcome).getByRole('button', { name: 'Done: go to the team overview' }));
    await screen.findByRole('region', { name: 'Team overview' }, { timeout: 10_000 });
    expect((await welcomeItem.getValue()).completed).toBe(true);
  });

  it('refuses an address that is no user page of the chosen CRM, keeping what was typed', async () => {
    await welcomeItem.setValue({ completed: false, crm: 'hubspot' });
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    await within(welcome).findByText(/Settings → Users & Teams/);
    fireEvent.change(within(welcome).getByLabelText('Rep name'), { target: { value: 'Lee Park' } });
    const link = within(welcome).getByLabelText('CRM user page or id (optional)');
    fireEvent.change(link, { target: { value: 'https://app.hubspot.com/contacts/123/record/0-1/456' } });
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add rep' }));
    await within(welcome).findByText(/This address is not a HubSpot user page/);
    expect(await getDb().reps.count()).toBe(0);
    expect((within(welcome).getByLabelText('Rep name') as HTMLInputElement).value).toBe('Lee Park');
  });

  it('warns about a rep of the same name, case and accents aside, and still lets the manager add them', async () => {
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    fireEvent.change(within(welcome).getByLabelText('Rep name'), { target: { value: 'Márco Rossi' } });
    fireEvent.change(within(welcome).getByLabelText('Email (optional)'), { target: { value: 'marco@acme.com' } });
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add rep' }));
    await within(welcome).findByText('Saved Márco Rossi.');
    const name = within(welcome).getByLabelText('Rep name');
    fireEvent.change(name, { target: { value: 'marco rossi' } });
    const warning = await within(welcome).findByText(
      'You already have a rep called Márco Rossi (marco@acme.com). Add an email so you can tell them apart when you pick a rep.',
    );
    expect(name.getAttribute('aria-describedby')).toContain(warning.id);
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add rep' }));
    await within(welcome).findByText('Saved marco rossi.');
    expect(await getDb().reps.count()).toBe(2);
  });

  it('shows the framework CoachLens rates, with nothing to accept once it is installed', async () => {
    await installDefaultSkills(getDb());
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    await within(welcome).findByText(/CoachLens rates these 8 observable selling behaviours/);
    expect(within(welcome).getByText('Call planning & objective')).toBeTruthy();
    expect(within(welcome).queryByRole('button', { name: 'Use this framework' })).toBeNull();
  });

  it('offers the framework as a real choice when there is none', async () => {
    render(<OptionsApp />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to CoachLens' }, { timeout: 10_000 });
    expect(within(welcome).getByText('Call planning & objective')).toBeTruthy();
    fireEvent.click(within(welcome).getByRole('button', { name: 'Use this framework' }));
    await within(welcome).findByText(/CoachLens rates these 8 observable selling behaviours/);
  });
});
