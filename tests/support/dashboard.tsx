import { cleanup, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/utils/db/app-db';
import { loadSampleTeam } from '@/utils/sample/load';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';

/** Test-only: an empty database and storage before each test of a section. */
export function cleanDashboardForEachTest(): void {
  // Loading the sample team writes a few hundred rows; fake-indexeddb takes a moment.
  vi.setConfig({ testTimeout: 30_000 });
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(getDb().tables.map((table) => table.clear()));
  });
  afterEach(() => {
    cleanup();
    window.location.hash = '';
  });
}

export async function withSampleTeam() {
  return loadSampleTeam(getDb(), Date.now());
}

/** Renders the dashboard at a hash and waits for the section heading. */
export async function openSection(hash: string, heading: string | RegExp) {
  window.location.hash = hash;
  render(<OptionsApp />);
  return screen.findByRole('region', { name: heading }, { timeout: 10_000 });
}

export async function repIdByName(name: string): Promise<string> {
  const rep = await getDb().reps.where('name').equals(name).first();
  if (!rep) throw new Error(`no rep ${name}`);
  return rep.id;
}
