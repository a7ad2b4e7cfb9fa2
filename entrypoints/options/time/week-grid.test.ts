import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '@/utils/schemas/time-entry';
import { cellKey, parseCellKey, weekGrid } from './week-grid';

const days = ['2026-11-23', '2026-11-24'];
let sequence = 0;
function entry(fields: Partial<TimeEntry> & Pick<TimeEntry, 'day' | 'activity' | 'minutes'>): TimeEntry {
  sequence += 1;
  return { id: `t${sequence}`, ...fields } as TimeEntry;
}

describe('cell keys', () => {
  it('round-trip a general cell and a rep cell', () => {
    for (const cell of [
      { day: '2026-11-23', activity: 'admin' as const },
      { day: '2026-11-23', activity: 'coaching' as const, repId: 'rep-1' },
    ]) {
      expect(parseCellKey(cellKey(cell))).toEqual(cell);
    }
  });
});

describe('weekGrid', () => {
  const entries = [
    entry({ day: '2026-11-23', activity: 'admin', minutes: 30 }),
    entry({ day: '2026-11-23', activity: 'coaching', minutes: 60, repId: 'maya' }),
    entry({ day: '2026-11-24', activity: 'coaching', minutes: 15, repId: 'maya' }),
    entry({ day: '2026-11-24', activity: 'observing', minutes: 45, repId: 'ben' }),
    entry({ day: '2026-11-24', activity: 'observing', minutes: 50, repId: 'ben', observationId: 'obs-1' }),
    entry({ day: '2026-11-24', activity: 'account-strategy', minutes: 20, repId: 'ben' }),
    entry({ day: '2026-11-30', activity: 'coaching', minutes: 90, repId: 'tom' }),
  ];
  const grid = weekGrid(entries, days);

  it('puts typed-in time with a rep in that rep row, once per rep and activity', () => {
    expect(grid.repRows).toEqual([
      { repId: 'maya', activity: 'coaching' },
      { repId: 'ben', activity: 'observing' },
    ]);
    expect(grid.editable.get(cellKey({ day: '2026-11-24', activity: 'coaching', repId: 'maya' }))).toHaveLength(1);
  });

  it('keeps observation time, and rep time on other activities, out of the editable cells', () => {
    expect(grid.loggedElsewhere.get(cellKey({ day: '2026-11-24', activity: 'observing' }))).toBe(50);
    expect(grid.loggedElsewhere.get(cellKey({ day: '2026-11-24', activity: 'account-strategy' }))).toBe(20);
    expect(grid.editable.has(cellKey({ day: '2026-11-24', activity: 'account-strategy' }))).toBe(false);
    const benObserving = grid.editable.get(cellKey({ day: '2026-11-24', activity: 'observing', repId: 'ben' }))!;
    expect(benObserving.map((row) => row.minutes)).toEqual([45]);
  });

  it('leaves general time in the general rows and ignores other weeks', () => {
    expect(grid.editable.get(cellKey({ day: '2026-11-23', activity: 'admin' }))!.map((row) => row.minutes)).toEqual([
      30,
    ]);
    expect([...grid.editable.keys()].some((key) => key.startsWith('2026-11-30'))).toBe(false);
    expect(grid.repRows.some((row) => row.repId === 'tom')).toBe(false);
  });
});
