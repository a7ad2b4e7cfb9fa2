// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSection, cleanDashboardForEachTest } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

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

  it('renders the real CRM sites section under #crm-sites: its form to add a site', async () => {
    // The CRM sites section reads the granted optional host permissions; the fake browser has none.
    Object.assign(fakeBrowser.permissions, {
      getAll: vi.fn(async () => ({ origins: [], permissions: [] })),
      contains: vi.fn(async () => false),
      onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
      onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    });
    const section = await openSection('#crm-sites', 'CRM sites');
    // A stand-in section would have the heading and a sentence, never the form.
    expect(within(section).getByRole('textbox', { name: /Site address/ })).toBeTruthy();
  });

  it('renders the real data section under #data: its backup button', async () => {
    const section = await openSection('#data', 'Your data');
    expect(within(section).getByRole('button', { name: 'Download backup' })).toBeTruthy();
  });
});
