import { describe, expect, it } from 'vitest';
import { cadenceOf, lastObservedByRep, teamCadence } from './cadence';
import { daysAgo, now, observation, rep } from '@/tests/support/insight-fixtures';

const hour = 3_600_000;

describe('cadenceOf', () => {
  it('floors the days and is overdue only past the target', () => {
    expect(cadenceOf('r', daysAgo(14) - hour, now, 14)).toMatchObject({ daysSince: 14, overdue: false }); // 14 d 1 h
    expect(cadenceOf('r', daysAgo(15), now, 14)).toMatchObject({ daysSince: 15, overdue: true });
    expect(cadenceOf('r', daysAgo(0.5), now, 14)).toMatchObject({ daysSince: 0, overdue: false });
  });

  it('counts never observed as overdue', () => {
    expect(cadenceOf('r', null, now, 14)).toEqual({
      repId: 'r',
      lastObservedAt: null,
      daysSince: null,
      overdue: true,
      justAdded: false,
      targetDays: 14,
    });
  });

  it('gives a rep added within the target until its end before a first observation is overdue', () => {
    expect(cadenceOf('r', null, now, 14, now - hour)).toMatchObject({ overdue: false, justAdded: true });
    expect(cadenceOf('r', null, now, 14, daysAgo(14) - hour)).toMatchObject({ overdue: false, justAdded: true });
    expect(cadenceOf('r', null, now, 14, daysAgo(15))).toMatchObject({ overdue: true, justAdded: false });
    // Once observed, only the observation counts.
    expect(cadenceOf('r', daysAgo(15), now, 14, now - hour)).toMatchObject({ overdue: true, justAdded: false });
  });

  it('treats a future date as today', () => {
    expect(cadenceOf('r', daysAgo(-3), now, 14)).toMatchObject({ daysSince: 0, overdue: false });
  });
});

describe('teamCadence', () => {
  it('lists active reps, never observed and longest ago first', () => {
    const observations = [
      observation('a', daysAgo(3), []),
      observation('a', daysAgo(20), []),
      observation('b', daysAgo(20), []),
      observation('gone', daysAgo(40), []),
    ];
    const last = lastObservedByRep(observations);
    expect(last.get('a')).toBe(daysAgo(3));
    const cadence = teamCadence([rep('a'), rep('b'), rep('c'), rep('gone', { active: false })], last, now, 14);
    expect(cadence.map((c) => [c.repId, c.daysSince, c.overdue])).toEqual([
      ['c', null, true],
      ['b', 20, true],
      ['a', 3, false],
    ]);
  });

  it('does not count a rep added this cadence period and not yet observed as overdue', () => {
    const cadence = teamCadence(
      [rep('new', { addedAt: daysAgo(2) }), rep('old', { addedAt: daysAgo(30) })],
      new Map(),
      now,
      14,
    );
    expect(cadence.map((c) => [c.repId, c.overdue, c.justAdded])).toEqual([
      ['new', false, true],
      ['old', true, false],
    ]);
  });
});
