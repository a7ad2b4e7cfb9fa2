// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('AccountsSection', () => {
  it('lists owner reps alphabetically, with email or team beside each name', async () => {
    for (const rep of [
      { name: 'Zoe Park' },
      { name: 'marco rossi', email: 'm.rossi@acme.com' },
      { name: 'Émile Dubois' },
      { name: 'Marco Rossi', team: 'North' },
    ])
      await addRep(getDb(), rep);
    const section = await openSection('#accounts', 'Accounts');
    const owner = await within(section).findByLabelText('Owner rep');
    await vi.waitFor(() => expect(owner.querySelectorAll('option')).toHaveLength(5));
    expect([...owner.querySelectorAll('option')].slice(1).map((option) => option.textContent)).toEqual([
      'Émile Dubois',
      'marco rossi · m.rossi@acme.com',
      'Marco Rossi · North',
      'Zoe Park',
    ]);
  });

  it('adds an account, and shows a schema message next to the field', async () => {
    const section = await openSection('#accounts', 'Accounts');
    expect(within(section).getByText(/No accounts yet/)).toBeTruthy();
    fireEvent.change(within(section).getByLabelText('Account name'), { target: { value: '   ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add account' }));
    const field = within(section).getByLabelText('Account name');
    await vi.waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('is required');

    fireEvent.change(field, { target: { value: 'Globex Corporation' } });
    fireEvent.change(within(section).getByLabelText('CRM record id (optional)'), {
      target: { value: '0019000000B98deAAB' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Add account' }));
    await within(section).findByText('Saved Globex Corporation.');
    expect(await within(section).findByRole('link', { name: 'Globex Corporation' })).toBeTruthy();
  });

  it('lists sample accounts with owner, meeting and open prompts, and saves strategy answers on the account page', async () => {
    await withSampleTeam();
    const section = await openSection('#accounts', 'Accounts');
    const table = await within(section).findByRole('table', { name: /Accounts with their owner/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    const account = await getDb().accounts.where('name').equals('Initech').first();
    window.location.hash = `#account/${account!.id}`;
    const page = await within(document.body).findByRole('region', { name: 'Initech' }, { timeout: 10_000 });
    const prompt = within(page).getByLabelText('Red flags we see.');
    fireEvent.change(prompt, { target: { value: 'Budget freeze rumoured.' } });
    fireEvent.click(within(page).getByRole('button', { name: 'Save strategy' }));
    await within(page).findByText('Strategy saved.', {}, { timeout: 10_000 });
    const sessions = await getDb().strategies.where('accountId').equals(account!.id).toArray();
    expect(sessions[0]?.answers['red-flags']).toBe('Budget freeze rumoured.');
  });
});
