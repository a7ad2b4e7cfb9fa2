import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from './spearman';

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order and −1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4, 5], [10, 30, 50, 70, 200])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('handles ties with average ranks', () => {
    // x ranks [1, 2.5, 2.5, 4, 5], y ranks [1, 2, 3, 4, 5], both means 3
    // dx [−2, −0.5, −0.5, 1, 2], dy [−2, −1, 0, 1, 2]
    // Σdxdy = 4 + 0.5 + 0 + 1 + 4 = 9.5; Σdx² = 9.5; Σdy² = 10 → 9.5 / √95 = √0.95 = 0.97468
    expect(spearman([1, 2, 2, 3, 4], [10, 20, 30, 40, 50])).toBeCloseTo(0.97468, 5);
  });

  it('is null when undefined', () => {
    expect(spearman([3, 3, 3, 3, 3], [1, 2, 3, 4, 5])).toBeNull(); // constant scores
    expect(spearman([1], [2])).toBeNull();
    expect(spearman([], [])).toBeNull();
  });

  it('rejects lists of different lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});
