// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSnapshotDb } from '@/utils/data/snapshots';
import { sampleBackup } from '@/tests/support/data-db';
import { getDb } from '@/utils/db/app-db';
import { DataSection } from './DataSection';

function jsonFile(name: string, text: string): File {
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File has no arrayBuffer(); the browser's does.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(text).buffer });
  return file;
}

afterEach(async () => {
  cleanup();
  await Promise.all(getDb().tables.map((table) => table.clear()));
  await deleteSnapshotDb(getDb());
});

describe('DataSection', () => {
  it('restores a backup after a preview, and shows the new row counts', async () => {
    render(<DataSection />);
    const section = await screen.findByRole('region', { name: 'Your data' });
    const counts = within(section).getByRole('table', { name: 'Rows' });
    await waitFor(() => expect(within(counts).getByRole('row', { name: 'Reps 0' })).toBeTruthy(), { timeout: 10_000 });
    expect(within(section).getByText('No backup made yet.')).toBeTruthy();

    fireEvent.change(within(section).getByLabelText('Backup file to restore'), {
      target: { files: [jsonFile('backup.json', JSON.stringify(sampleBackup()))] },
    });
    const preview = await within(section).findByRole('heading', { name: 'What importing backup.json would do' });
    const table = within(preview.parentElement!).getByRole('table');
    expect(within(table).getByRole('row', { name: 'Reps 2 0 0' })).toBeTruthy();
    expect(await getDb().reps.count()).toBe(0);

    fireEvent.click(within(section).getByRole('button', { name: 'Import' }));
    await within(section).findByText('Imported 9 rows from backup.json.', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(counts).getByRole('row', { name: 'Reps 2' })).toBeTruthy(), { timeout: 10_000 });
    expect(await getDb().reps.count()).toBe(2);
  });

  it('lists every problem of a bad backup and changes nothing', async () => {
    render(<DataSection />);
    const section = await screen.findByRole('region', { name: 'Your data' });
    const bad = sampleBackup();
    (bad.tables.observations[0] as { ratings: { score: number }[] }).ratings[0]!.score = 7;
    bad.formatVersion = 1;
    fireEvent.change(within(section).getByLabelText('Backup file to restore'), {
      target: { files: [jsonFile('bad.json', JSON.stringify(bad))] },
    });
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain(
      'bad.json, observations row 1 (id 55555555…), field ratings[0].score: must be a level from 1 to 4.',
    );
    expect(await getDb().observations.count()).toBe(0);
  });

  it('maps CSV columns by name, shows row errors with row numbers, and imports nothing', async () => {
    render(<DataSection />);
    const section = await screen.findByRole('region', { name: 'Your data' });
    const csv = 'Full Name;Email;Region\nAna Star;ana@example.com;EMEA\nBen;not-an-email;EMEA\n';
    fireEvent.change(within(section).getByLabelText('CSV file to import'), {
      target: { files: [jsonFile('reps.csv', csv)] },
    });
    const mapping = await within(section).findByRole('table', { name: /Columns in reps\.csv/ });
    expect(within(mapping).getByRole('row', { name: 'Full Name Name' })).toBeTruthy();
    expect(within(mapping).getByRole('row', { name: 'Region ignored' })).toBeTruthy();
    expect((await within(section).findByRole('alert')).textContent).toContain(
      'reps.csv, row 3, column "Email": Email is not an email address',
    );
    expect(within(section).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await getDb().reps.count()).toBe(0);
  });

  it('asks for a typed confirmation before deleting everything, copies included', async () => {
    await getDb().reps.bulkAdd(sampleBackup().tables.reps);
    render(<DataSection />);
    const section = await screen.findByRole('region', { name: 'Your data' });
    const button = within(section).getByRole('button', { name: 'Delete all data' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(within(section).getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(button);
    await within(section).findByText('All data deleted, including the copies kept before changes.');
    expect(await getDb().reps.count()).toBe(0);
    await within(section).findByText('No copies yet.');
  });
});
