// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSection, useCleanDashboard } from './test-support';

useCleanDashboard();

describe('OptionsApp', () => {
  it('marks the current section in the navigation and links to every section by hash', async () => {
    await openSection('#overview', 'Team overview');
    const nav = screen.getByRole('navigation', { name: 'Dashboard sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#welcome',
      '#overview',
      '#stars',
      '#accounts',
      '#results',
      '#time',
      '#skills',
      '#settings',
      '#data',
      '#crm-sites',
    ]);
    expect(within(nav).getByRole('link', { name: 'Team overview' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'CoachLens dashboard' })).toBeTruthy();
  });

  it('renders the CRM sites section (or its placeholder) under #crm-sites', async () => {
    // The CRM sites section reads the granted optional host permissions; the fake browser has none.
    Object.assign(fakeBrowser.permissions, {
      getAll: vi.fn(async () => ({ origins: [], permissions: [] })),
      contains: vi.fn(async () => false),
      onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
      onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    });
    await openSection('#crm-sites', /CRM sites/i);
  });

  it('renders the data section under #data', async () => {
    await openSection('#data', /data/i);
  });
});
