// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { openSection, cleanDashboardForEachTest } from '@/tests/support/dashboard';
import { insightSettingsItem, themeItem } from '@/utils/storage/items';

cleanDashboardForEachTest();

describe('SettingsSection', () => {
  it('saves targets, refuses out-of-range values next to the field, and applies the theme', async () => {
    const section = await openSection('#settings', 'Settings');
    const cadence = within(section).getByLabelText('Observe each rep at least every (days)');
    expect((cadence as HTMLInputElement).value).toBe('14');
    fireEvent.change(cadence, { target: { value: '21' } });
    fireEvent.change(within(section).getByLabelText('Share of your time on coaching activities (%)'), {
      target: { value: '25' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await within(section).findByText('Settings saved.');
    expect(await insightSettingsItem.getValue()).toMatchObject({ cadenceTargetDays: 21, coachingShareTarget: 0.25 });

    const halfLife = within(section).getByLabelText('How fast older ratings fade (days until a rating counts half)');
    fireEvent.change(halfLife, { target: { value: '0' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(halfLife.getAttribute('aria-invalid')).toBe('true'));

    fireEvent.click(within(section).getByRole('radio', { name: 'Dark' }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(await themeItem.getValue()).toBe('dark');
  });
});
