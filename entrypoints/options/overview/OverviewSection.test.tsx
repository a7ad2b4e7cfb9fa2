// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('OverviewSection', () => {
  it('tells the manager what to do when there are no reps', async () => {
    const section = await openSection('#overview', 'Team overview');
    expect(within(section).getByText(/No reps yet/)).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Go to Get started' }).getAttribute('href')).toBe('#welcome');
  });

  it('lists every rep with links to their page, sorts by a header, and draws means vs ends', async () => {
    await withSampleTeam();
    const section = await openSection('#overview', 'Team overview');
    const table = await within(section).findByRole('table', { name: /Your reps/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(within(table).getByRole('link', { name: 'Maya Chen' }).getAttribute('href')).toMatch(/^#rep\//);
    const header = within(table).getByRole('columnheader', { name: /Attainment/ });
    fireEvent.click(within(header).getByRole('button'));
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Maya Chen');
    expect(within(table).getAllByText(/overdue/).length).toBeGreaterThan(0);
    const chart = screen.getByRole('img', { name: /Mean skill score against attainment/ });
    expect(chart.querySelectorAll('[data-testid="point"]')).toHaveLength(9);
  });

  it('with only inactive reps, says so and shows them on request', async () => {
    await addRep(getDb(), { name: 'Gone Rep', active: false });
    const section = await openSection('#overview', 'Team overview');
    expect(within(section).getByText(/^No active reps\./)).toBeTruthy();
    fireEvent.click(within(section).getByLabelText('Show inactive reps (1)'));
    const table = within(section).getByRole('table', { name: /Your reps/ });
    expect(within(table).getByRole('link', { name: 'Gone Rep' })).toBeTruthy();
    expect(within(table).getByText('Inactive')).toBeTruthy();
  });
});
