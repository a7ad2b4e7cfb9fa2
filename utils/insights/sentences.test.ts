import { describe, expect, it } from 'vitest';
import { differentiatorSummary, oneDecimal, tierReason } from './sentences';

describe('sentences', () => {
  it('formats one decimal without a negative zero', () => {
    expect(oneDecimal(1.44)).toBe('1.4');
    expect(oneDecimal(1.45)).toBe('1.5');
    expect(oneDecimal(-0.04)).toBe('0.0');
    expect(oneDecimal(2)).toBe('2.0');
  });

  it('builds the example summary from the design', () => {
    expect(
      differentiatorSummary({ skillName: 'Discovery & need development', starCount: 5, coreCount: 9, difference: 1.4 }),
    ).toBe('Stars score 1.4 higher on Discovery & need development (5 stars, 9 core)');
    expect(differentiatorSummary({ skillName: 'X', starCount: 1, coreCount: 2, difference: 0.04 })).toBe(
      'Stars and core reps score the same on X (1 star, 2 core)',
    );
    expect(differentiatorSummary({ skillName: 'X', starCount: 2, coreCount: 0, difference: null })).toBe(
      'No core reps rated on X yet (2 stars, 0 core)',
    );
  });

  it('explains tiers', () => {
    const facts = { quarters: ['2026-Q2', '2026-Q3'] as const, poolSize: 1, minReps: 4, sharePct: 20 };
    expect(tierReason('too-few-reps', facts)).toBe(
      'Needs results for at least 4 reps in 2026-Q2 or 2026-Q3; 1 rep has results',
    );
    expect(tierReason('inactive', facts)).toBe('Not an active rep');
  });
});
