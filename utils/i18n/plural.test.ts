import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tPlural } from './plural';

describe('plural messages', () => {
  it('pick the form through the locale’s plural rules, with the count in the locale’s digits', () => {
    expect(tPlural('data.csv.rows', 1)).toBe('1 row');
    expect(tPlural('data.csv.rows', 0)).toBe('0 rows');
    expect(tPlural('data.csv.rows', 1200)).toBe('1,200 rows');
    expect(tPlural('options.rep.evidence', 1)).toBe('1 rating');
    expect(tPlural('panel.rep.evidence', 3)).toBe('3 ratings');
    expect(tPlural('options.rep.trendOption', 1, { skill: 'Discovery' })).toBe('Discovery (1 rating)');
    expect(tPlural('data.problems.more', 1)).toBe('…and 1 more problem.');
    expect(tPlural('data.restore.done', 1, { file: 'a.csv' })).toBe('Imported 1 row from a.csv.');
    expect(tPlural('data.reminder.days', 1)).toBe('Your last backup is 1 day old.');
    expect(tPlural('options.results.saved', 1, { period: '2026-Q1' })).toBe('Saved 1 result for 2026-Q1.');
  });

  it('every plural message in en.json has the forms English needs', () => {
    const messages = JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, unknown>;
    const plurals: [string, Record<string, unknown>][] = [];
    (function walk(prefix: string, node: unknown) {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if ('one' in record) plurals.push([prefix, record]);
      else for (const [key, value] of Object.entries(record)) walk(prefix ? `${prefix}.${key}` : key, value);
    })('', messages);
    expect(plurals.length).toBeGreaterThanOrEqual(9);
    for (const [key, forms] of plurals) {
      expect(Object.keys(forms).sort(), key).toEqual(['one', 'other']);
    }
  });
});
