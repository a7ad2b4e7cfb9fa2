// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { localDay } from '@/utils/db/guard';
import { openSection, useCleanDashboard, withSampleTeam } from '../test-support';
import { weekStart } from './TimeSection';

useCleanDashboard();

describe('weekStart', () => {
  it('is the Monday of the week', () => {
    expect(new Date(weekStart(new Date(2026, 10, 27, 9).getTime())).getDate()).toBe(23);
    expect(new Date(weekStart(new Date(2026, 10, 23, 1).getTime())).getDate()).toBe(23);
  });
});

describe('TimeSection', () => {
  it('records the week at a glance and shows the month split against the target', async () => {
    const section = await openSection('#time', 'Manager time');
    expect(within(section).getByText(/No time logged this month yet/)).toBeTruthy();
    const monday = weekStart(Date.now());
    const label = new RegExp(`^Admin on ${new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(monday)}`);
    fireEvent.change(within(section).getByLabelText(label), { target: { value: '90' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save the week' }));
    await within(section).findByText('Week saved.');
    const entries = await getDb().timeEntries.toArray();
    expect(entries).toMatchObject([{ day: localDay(monday), activity: 'admin', minutes: 90 }]);
  });

  it('charts the month by activity and reports the share of coaching on core reps', async () => {
    await withSampleTeam();
    const section = await openSection('#time', 'Manager time');
    const chart = await within(section).findByRole(
      'img',
      { name: /Your time this month by activity/ },
      { timeout: 10_000 },
    );
    expect(chart.querySelectorAll('[data-testid="bar"]').length).toBeGreaterThan(0);
    expect(within(section).getByText(/of your rep coaching went to core reps/)).toBeTruthy();
  });
});
