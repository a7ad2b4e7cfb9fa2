import { benchmarkText, tierReasonText } from './small-team';

describe('tierReasonText', () => {
  const tooFew = { code: 'too-few-reps' as const, reason: 'Needs results for at least 4 reps in 2026-Q2 or 2026-Q3' };

  it('tells a small team what CoachLens does instead of what it needs', () => {
    expect(tierReasonText(tooFew, 3)).toBe('With 3 reps, CoachLens compares each rep with level 3 of the framework.');
    expect(tierReasonText(tooFew, 1)).toBe('With one rep, CoachLens compares them with level 3 of the framework.');
  });

  it('on a larger team without enough results, or where the team size is unknown, says so in words', () => {
    const expected = 'Until 4 reps have results, CoachLens compares each rep with level 3 of the framework.';
    expect(tierReasonText(tooFew, 12)).toBe(expected);
    expect(tierReasonText(tooFew)).toBe(expected);
  });

  it('keeps every other reason as the insights wrote it', () => {
    expect(tierReasonText({ code: 'top', reason: 'Top 20% by attainment' }, 3)).toBe('Top 20% by attainment');
  });
});

it("benchmarkText shows the stars' score, or the framework level where no star is rated", () => {
  expect(benchmarkText({ source: 'stars', value: 3.42 })).toBe('3.4');
  expect(benchmarkText({ source: 'default-level-3', value: 3 })).toBe('level 3');
});
