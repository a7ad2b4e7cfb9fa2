// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { PopupApp } from './PopupApp';

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});
afterEach(cleanup);

describe('PopupApp', () => {
  it('with no reps yet, offers to set up the team instead of an empty log form', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<PopupApp />);
    const setUp = await screen.findByRole('region', { name: 'Add your team first' }, { timeout: 10_000 });
    expect(screen.queryByRole('form', { name: 'Log an observation' })).toBeNull();
    fireEvent.click(within(setUp).getByRole('button', { name: 'Set up your team' }));
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/options.html#welcome' as '/options.html'),
    });
  });

  it('still lets the manager log at once, creating the first rep while logging', async () => {
    render(<PopupApp />);
    const setUp = await screen.findByRole('region', { name: 'Add your team first' }, { timeout: 10_000 });
    fireEvent.click(within(setUp).getByRole('button', { name: 'Log an observation now' }));
    expect(await screen.findByRole('combobox', { name: 'Rep' })).toBeTruthy();
  });

  it('with a rep, opens on the log form', async () => {
    await addRep(getDb(), { name: 'Dana Whitfield' });
    render(<PopupApp />);
    expect(await screen.findByRole('combobox', { name: 'Rep' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Add your team first' })).toBeNull();
  });

  it('shows no backup reminder for a team just added, and a one-line one once there are 20 rows', async () => {
    for (let index = 0; index < 3; index += 1) await addRep(getDb(), { name: `Rep ${index}` });
    const { unmount } = render(<PopupApp />);
    await screen.findByRole('combobox', { name: 'Rep' }, { timeout: 10_000 });
    expect(screen.queryByRole('note')).toBeNull();
    unmount();

    for (let index = 3; index < 20; index += 1) await addRep(getDb(), { name: `Rep ${index}` });
    render(<PopupApp />);
    const reminder = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(reminder.textContent).toBe('No backup of your data yet. Back up now');
    expect(reminder.className).toContain('is-compact');
  });
});
