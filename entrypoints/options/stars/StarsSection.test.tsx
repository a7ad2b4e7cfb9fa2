// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { defaultBenchmark } from '@/utils/insights/benchmark';
import { resultsLink } from '@/utils/insights/correlation';
import { getDb } from '@/utils/db/app-db';
import { addRep } from '@/utils/db/reps';
import { openSection, cleanDashboardForEachTest, withSampleTeam } from '@/tests/support/dashboard';
import { benchmarkWarnings, linkSentence } from './StarsSection';

cleanDashboardForEachTest();

describe('StarsSection', () => {
  it('says how to get a comparison when there are no stars yet', async () => {
    const section = await openSection('#stars', 'Stars vs core');
    expect(within(section).getByText(/Nobody is a star or core rep yet/)).toBeTruthy();
  });

  it('tells a team of three what CoachLens does for it, not what it refuses', async () => {
    for (const name of ['Ana Lima', 'Ben Carter', 'Cy Diaz']) await addRep(getDb(), { name });
    const section = await openSection('#stars', 'Stars vs core');
    expect(
      await within(section).findByText(
        /^With 3 reps, there are no stars to compare yet: CoachLens compares each rep with level 3/,
      ),
    ).toBeTruthy();
    expect(within(section).queryByText(/at least four reps/)).toBeNull();

    window.location.hash = `#rep/${(await getDb().reps.toArray())[0]!.id}`;
    expect(
      await screen.findByText(
        'With 3 reps, CoachLens compares each rep with level 3 of the framework.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
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
    expect(screen.queryByText(/ranks with attainment/)).toBeNull();
    // Every skill says in words whether it goes with results; no coefficient is shown.
    expect(
      within(section).getAllByText(/^(Clearly linked|No clear link|Too few reps to tell|Cannot tell)/).length,
    ).toBe(8);
    expect(within(section).getByText('How this is judged')).toBeTruthy();
  });
});

describe('the words at each threshold', () => {
  it('says whether a skill goes with results, never with a coefficient', () => {
    // 9 reps: the bar is 0.700
    expect(linkSentence(resultsLink(0.7, 9), 'Discovery')).toBe(
      'Clearly linked with results across 9 reps: reps who score higher on Discovery tend to sell more.',
    );
    expect(linkSentence(resultsLink(0.69, 9), 'Discovery')).toBe('No clear link with results across 9 reps.');
    expect(linkSentence(resultsLink(-0.8, 9), 'Discovery')).toBe(
      'Clearly linked the other way across 9 reps: reps who score higher on Discovery tend to sell less.',
    );
    // 6 reps, perfect order: still too few
    expect(linkSentence(resultsLink(1, 6), 'Discovery')).toBe(
      'Too few reps to tell whether Discovery goes with results: 6 of the 8 needed have both a current score and results.',
    );
    expect(linkSentence(resultsLink(null, 8), 'Discovery')).toBe(
      'Cannot tell: every rep has the same score or the same result on Discovery.',
    );
  });

  it('says when the star side rests on one star or on fewer than 3 ratings', () => {
    const stars = { ...defaultBenchmark('a'), source: 'stars' as const, value: 4, starCount: 1 };
    expect(
      benchmarkWarnings({ ...stars, evidence: 1, soleStar: { repId: 'm', name: 'Maya' }, fewRatings: true }),
    ).toEqual([
      'The star side is Maya alone: one person, not a pattern yet.',
      'The star side rests on 1 rating: observe your stars on this skill again.',
    ]);
    expect(benchmarkWarnings({ ...stars, starCount: 2, evidence: 2, fewRatings: true })).toEqual([
      'The star side rests on 2 ratings: observe your stars on this skill again.',
    ]);
    // 2 stars, 3 ratings: nothing to warn about; the level-3 default is not a star benchmark
    expect(benchmarkWarnings({ ...stars, starCount: 2, evidence: 3 })).toEqual([]);
    expect(benchmarkWarnings(defaultBenchmark('a'))).toEqual([]);
  });
});
