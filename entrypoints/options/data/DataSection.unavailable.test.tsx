// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError } from '@/utils/db/errors';
import { DataSection } from './DataSection';

vi.mock('@/utils/db/snapshot', () => ({
  countRows: () =>
    Promise.reject(new DatabaseUnavailableError('it was saved by a newer version of CoachLens; update the extension')),
}));

afterEach(cleanup);

describe('DataSection when the database cannot be opened', () => {
  it('says so plainly and offers nothing that writes', async () => {
    render(<DataSection />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'CoachLens cannot open its database: it was saved by a newer version of CoachLens; update the extension; your data has not been touched. CoachLens does not store your data anywhere else and has not deleted anything. Try again in a normal (not private) window, or allow storage for extensions in the browser settings.',
    );
    expect(screen.queryByRole('button', { name: 'Download backup' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete all data' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Diagnostics' })).toBeTruthy();
  });
});
