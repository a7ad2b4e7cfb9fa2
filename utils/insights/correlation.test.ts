import { describe, expect, it } from 'vitest';
import { resultsLink, spearmanCriticalValue } from './correlation';
import { spearman } from './spearman';

describe('spearmanCriticalValue', () => {
  it('is the exact 5% two-sided bar for small teams, the large-sample one past 30', () => {
    expect(spearmanCriticalValue(4)).toBe(Infinity);
    expect(spearmanCriticalValue(6)).toBe(0.886); // "about 0.89 with 6 reps"
    expect(spearmanCriticalValue(8)).toBe(0.738);
    expect(spearmanCriticalValue(9)).toBe(0.7);
    expect(spearmanCriticalValue(10)).toBe(0.648); // "about 0.65 with 10"
    expect(spearmanCriticalValue(12)).toBe(0.587);
    expect(spearmanCriticalValue(37)).toBeCloseTo(1.96 / 6, 10); // √36 = 6: 0.3267
  });
});

describe('resultsLink', () => {
  // A 9-rep team, reps listed by skill score (ranks 1..9), attainment ranks below.
  const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const rhoOf = (attainmentRanks: number[]) => spearman(scores, attainmentRanks);

  it('says "clearly linked" when the order clears the bar at 9 reps', () => {
    // d = [−1, 1, 0, −1, 1, 0, −1, −1, 2], Σd² = 10: rho = 1 − 6·10 / (9·80) = 0.9167 ≥ 0.700
    const rho = rhoOf([2, 1, 3, 5, 4, 6, 8, 9, 7]);
    expect(rho).toBeCloseTo(0.9167, 4);
    expect(resultsLink(rho, 9)).toMatchObject({ verdict: 'linked', n: 9, threshold: 0.7 });
  });

  it('says "no clear link" just below the bar', () => {
    // d = [−2, 1, −2, 2, −4, 2, 0, 2, 1], Σd² = 38: rho = 1 − 228 / 720 = 0.6833 < 0.700
    const rho = rhoOf([3, 1, 5, 2, 9, 4, 7, 6, 8]);
    expect(rho).toBeCloseTo(0.6833, 4);
    expect(resultsLink(rho, 9).verdict).toBe('no-clear-link');
  });

  it('tells a clear link the other way round apart', () => {
    // d = [−8, −6, −4, −2, 0, 2, 4, 7, 7], Σd² = 238: rho = 1 − 1428 / 720 = −0.9833
    const rho = rhoOf([9, 8, 7, 6, 5, 4, 3, 1, 2]);
    expect(rho).toBeCloseTo(-0.9833, 4);
    expect(resultsLink(rho, 9).verdict).toBe('inverse');
  });

  it('gives no verdict and no coefficient below 8 reps, however strong the order', () => {
    // 6 reps in perfect order: rho = 1, yet "too few reps to tell"
    expect(resultsLink(1, 6)).toEqual({ verdict: 'too-few-reps', n: 6, minReps: 8, rho: null, threshold: null });
    expect(resultsLink(0.9, 7).verdict).toBe('too-few-reps');
    expect(resultsLink(0.74, 8).verdict).toBe('linked'); // 0.74 ≥ 0.738
    expect(resultsLink(0.73, 8).verdict).toBe('no-clear-link');
  });

  it('says when the scores or the results do not vary', () => {
    expect(resultsLink(null, 9)).toMatchObject({ verdict: 'no-spread', rho: null, threshold: 0.7 });
  });

  it('counts a rho exactly on the bar as linked', () => {
    expect(resultsLink(0.7, 9).verdict).toBe('linked');
    expect(resultsLink(-0.7, 9).verdict).toBe('inverse');
  });
});
