// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';

cleanDashboardForEachTest();

describe('StarsSection', () => {
  it('says how to get a comparison when there are no stars yet', async () => {
    const section = await openSection('#stars', 'Stars vs core');
    expect(within(section).getByText(/Nobody is a star or core rep yet/)).toBeTruthy();
  });

  it('charts star vs core means per skill and lists what the stars do differently, with quotes', async () => {
    await withSampleTeam();
    const section = await openSection('#stars', 'Stars vs core');
    const chart = await within(section).findByRole(
      'img',
      { name: /Star and core means per skill/ },
      { timeout: 10_000 },
    );
    expect(chart.querySelectorAll('[data-testid="bar-group"]')).toHaveLength(8);
    expect(within(section).getByRole('table', { name: 'Star and core means per skill' })).toBeTruthy();
    const lines = within(section).getByRole('heading', { name: 'What our stars do differently' }).nextElementSibling!;
    const first = lines.querySelector('li')!;
    expect(first.textContent).toMatch(/^Stars score \d\.\d higher on /);
    expect(first.querySelectorAll('blockquote').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/ranks with attainment at/).length).toBe(8);
  });
});
