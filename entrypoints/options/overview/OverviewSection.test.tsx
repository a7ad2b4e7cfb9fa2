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

  it('names the attainment period, keeps plan skills and suggestions apart, and explains the coaching share', async () => {
    await withSampleTeam();
    const section = await openSection('#overview', 'Team overview');
    const table = await within(section).findByRole('table', { name: /Your reps/ }, { timeout: 10_000 });
    // One figure per rep, over the last two completed quarters, named in the header.
    expect(within(table).getByRole('columnheader', { name: /^Attainment, \d{4}-Q\d–\d{4}-Q\d/ })).toBeTruthy();
    // Jonas has an active plan: his focus is its skill alone; a rep without a plan shows a labelled suggestion.
    const jonas = within(table).getByRole('link', { name: 'Jonas Berg' }).closest('tr')!;
    expect(jonas.textContent).toContain('Discovery & need development');
    expect(jonas.textContent).not.toContain('Suggested');
    expect(within(table).getAllByText(/^Suggested: /).length).toBeGreaterThan(0);
    // The coaching share says where it comes from, on hover or focus.
    const share = within(section).getByText(/^Your time on coaching this month:/);
    expect(share.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(share.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /of the .+ you logged in Manager time this month went to observing, coaching and account strategy\./,
    );
  });

  it('raises no alarm for a rep added today: not overdue, and their coaching time not red', async () => {
    await addRep(getDb(), { name: 'Lee Park' });
    await addRep(getDb(), { name: 'Old Rep', addedAt: Date.now() - 60 * 24 * 3_600_000 });
    const section = await openSection('#overview', 'Team overview');
    const table = await within(section).findByRole('table', { name: /Your reps/ }, { timeout: 10_000 });
    const lee = within(table).getByRole('row', { name: /Lee Park/ });
    expect(lee.textContent).toContain('new, not observed yet');
    expect(lee.textContent).not.toMatch(/overdue/);
    expect(lee.querySelector('.overdue, .below-target')).toBeNull();
    const old = within(table).getByRole('row', { name: /Old Rep/ });
    expect(old.textContent).toMatch(/never · overdue/);
    expect(old.querySelector('.below-target')).not.toBeNull();
    expect(within(section).getByText('Overdue for an observation (over 14 days): 1')).toBeTruthy();
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
