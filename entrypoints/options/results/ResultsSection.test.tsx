// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('ResultsSection', () => {
  it('saves attainment per rep for a period and shows errors next to the rep', async () => {
    const rep = await addRep(getDb(), { name: 'Dana Whitfield' });
    const section = await openSection('#results', 'Results');
    fireEvent.change(within(section).getByLabelText('Period'), { target: { value: '2026-Q3' } });
    const attainment = await within(section).findByLabelText('Attainment for Dana Whitfield (% of quota)');
    fireEvent.change(attainment, { target: { value: '2000' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save results' }));
    await vi.waitFor(() => expect(attainment.getAttribute('aria-invalid')).toBe('true'));
    expect(within(section).getByText(/must be at most 1,000%/)).toBeTruthy();

    fireEvent.change(attainment, { target: { value: '104' } });
    fireEvent.change(within(section).getByLabelText('Win rate for Dana Whitfield (%)'), { target: { value: '31' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save results' }));
    await within(section).findByText('Saved 1 result for 2026-Q3.');
    const saved = await getDb().results.where('repId').equals(rep.id).toArray();
    expect(saved).toMatchObject([{ period: '2026-Q3', attainmentPct: 104, winRatePct: 31 }]);
  });
});
