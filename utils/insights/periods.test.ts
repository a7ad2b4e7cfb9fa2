import { describe, expect, it } from 'vitest';
import {
  ageDays,
  dayMs,
  isDayInMonth,
  monthOf,
  periodEndKey,
  periodQuarter,
  previousQuarter,
  quarterOf,
} from './periods';

describe('periods', () => {
  it('counts age in days and treats the future as today', () => {
    const now = new Date(2026, 7, 15, 12).getTime();
    expect(ageDays(now - 36 * 60 * 60 * 1000, now)).toBe(1.5); // 36 h = 1.5 days
    expect(ageDays(now + 5 * dayMs, now)).toBe(0);
  });

  it('gives the local calendar month, with explicit boundaries at local midnight', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59, 59))).toBe('2026-01');
    expect(monthOf(new Date(2026, 1, 1, 0, 0, 0))).toBe('2026-02');
    expect(monthOf(new Date(2026, 11, 31, 12).getTime())).toBe('2026-12');
  });

  it('gives quarters and the quarter before', () => {
    expect(quarterOf(new Date(2026, 2, 31, 12))).toBe('2026-Q1');
    expect(quarterOf(new Date(2026, 3, 1, 12))).toBe('2026-Q2');
    expect(quarterOf(new Date(2026, 11, 1, 12))).toBe('2026-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(() => previousQuarter('2026-09')).toThrow(RangeError);
  });

  it('maps monthly result periods to their quarter', () => {
    expect(periodQuarter('2026-01')).toBe('2026-Q1');
    expect(periodQuarter('2026-03')).toBe('2026-Q1');
    expect(periodQuarter('2026-04')).toBe('2026-Q2');
    expect(periodQuarter('2026-09')).toBe('2026-Q3');
    expect(periodQuarter('2026-12')).toBe('2026-Q4');
    expect(periodQuarter('2026-Q2')).toBe('2026-Q2');
    expect(periodQuarter('2026-13')).toBeNull();
    expect(periodQuarter('Q3 2026')).toBeNull();
  });

  it('orders periods by when they end, a quarter after its own last month', () => {
    const periods = ['2026-Q3', '2026-08', '2025-Q4', '2026-09', '2026-Q2', '2026-01'];
    const sorted = [...periods].sort((a, b) => (periodEndKey(a) ?? 0) - (periodEndKey(b) ?? 0));
    expect(sorted).toEqual(['2025-Q4', '2026-01', '2026-Q2', '2026-08', '2026-09', '2026-Q3']);
    expect(periodEndKey('nope')).toBeNull();
  });

  it('checks whether a day is in a month', () => {
    expect(isDayInMonth('2026-08-01', '2026-08')).toBe(true);
    expect(isDayInMonth('2026-08-31', '2026-08')).toBe(true);
    expect(isDayInMonth('2026-09-01', '2026-08')).toBe(false);
    expect(isDayInMonth('2026-07-31', '2026-08')).toBe(false);
  });
});
