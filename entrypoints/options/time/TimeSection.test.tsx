// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@/utils/db/app-db';
import { localDay } from '@/utils/db/guard';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';
import { minutesOf, weekStart } from './TimeSection';

cleanDashboardForEachTest();

describe('weekStart', () => {
  it('is the Monday of the week', () => {
    expect(new Date(weekStart(new Date(2026, 10, 27, 9).getTime())).getDate()).toBe(23);
    expect(new Date(weekStart(new Date(2026, 10, 23, 1).getTime())).getDate()).toBe(23);
  });
});

describe('minutesOf', () => {
  it('takes blank as 0 and whole minutes up to a day, and nothing else', () => {
    expect(minutesOf(' ')).toBe(0);
    expect(minutesOf('47')).toBe(47);
    expect(minutesOf('1440')).toBe(1440);
    for (const raw of ['12.5', '-5', '1441', 'abc']) expect(minutesOf(raw)).toBeNull();
  });
});

describe('TimeSection', () => {
  it('refuses a cell that is not whole minutes, marks it, and writes nothing', async () => {
    const section = await openSection('#time', 'Manager time');
    const day = new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(weekStart(Date.now()));
    fireEvent.change(within(section).getByLabelText(new RegExp(`^Admin on ${day}`)), { target: { value: '30' } });
    const selling = within(section).getByLabelText(new RegExp(`^Selling on ${day}`));
    fireEvent.change(selling, { target: { value: '12.5' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save the week' }));
    expect(
      await within(section).findByText(/^Not saved: cells take whole minutes .* Highlighted cells to fix: 1\.$/),
    ).toBeTruthy();
    expect(selling.getAttribute('aria-invalid')).toBe('true');
    expect((selling as HTMLInputElement).value).toBe('12.5');
    expect(await getDb().timeEntries.count()).toBe(0);
  });

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
    const share = within(section).getByText(/of your rep coaching went to core reps/);
    // The target is the core reps' fair share: 5 core of the 9 reps with a tier = 56%, shown on focus.
    expect(share.textContent).toMatch(/fair share of 56%/);
    expect(share.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(share.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Fair share: 5 core reps ÷ 9 reps with a tier = 56%. Coaching every rep equally meets it exactly.',
    );
  });
});

describe('TimeSection time with a named rep', () => {
  it("records coaching minutes against the picked rep, and they count toward the rep's month and the core share", async () => {
    const dana = await addRep(getDb(), { name: 'Dana', tier: 'core', tierSource: 'manual' });
    const section = await openSection('#time', 'Manager time');
    fireEvent.click(within(section).getByRole('button', { name: 'Add a row for this rep' }));
    expect(within(section).getByText('Choose the rep this time was with.')).toBeTruthy();

    fireEvent.change(within(section).getByLabelText('Rep'), { target: { value: dana.id } });
    fireEvent.change(within(section).getByLabelText('Activity'), { target: { value: 'coaching' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add a row for this rep' }));
    const today = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(
      Date.now(),
    );
    fireEvent.change(within(section).getByLabelText(`Coaching: Dana on ${today}, minutes`), {
      target: { value: '60' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Save the week' }));
    await within(section).findByText('Week saved.');
    expect(await getDb().timeEntries.toArray()).toMatchObject([
      { day: localDay(Date.now()), activity: 'coaching', minutes: 60, repId: dana.id },
    ]);
    expect(await within(section).findByText(/^100% of your rep coaching went to core reps/)).toBeTruthy();
    // The row stays, read back from the database, and a second save replaces rather than adds.
    const cell = within(section).getByLabelText(`Coaching: Dana on ${today}, minutes`) as HTMLInputElement;
    expect(cell.value).toBe('60');
    fireEvent.change(cell, { target: { value: '90' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save the week' }));
    await waitFor(async () =>
      expect((await getDb().timeEntries.toArray()).map((entry) => entry.minutes)).toEqual([90]),
    );

    window.location.hash = `#rep/${dana.id}`;
    const page = await screen.findByRole('region', { name: 'Dana' }, { timeout: 10_000 });
    expect(await within(page).findByText('1 hr 30 min of 3 hr')).toBeTruthy();
  });
});

describe('TimeSection saving', () => {
  it('saves the whole week or nothing: a rep deleted meanwhile keeps every other cell as it was', async () => {
    const dana = await addRep(getDb(), { name: 'Dana' });
    const section = await openSection('#time', 'Manager time');
    const day = new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(weekStart(Date.now()));
    fireEvent.change(within(section).getByLabelText('Rep'), { target: { value: dana.id } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add a row for this rep' }));
    fireEvent.change(within(section).getByLabelText(new RegExp(`^Admin on ${day}`)), { target: { value: '30' } });
    fireEvent.change(within(section).getByLabelText(new RegExp(`^Coaching: Dana on ${day}`)), {
      target: { value: '45' },
    });
    await getDb().reps.delete(dana.id);
    fireEvent.click(within(section).getByRole('button', { name: 'Save the week' }));
    expect(await within(section).findByText(/not found/)).toBeTruthy();
    expect(await getDb().timeEntries.count()).toBe(0);
  });
});
