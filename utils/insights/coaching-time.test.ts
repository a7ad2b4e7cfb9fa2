import { describe, expect, it } from 'vitest';
import { coachingMinutesByRep, coreCoachingShare, managerTimeShare, repCoachingTime } from './coaching-time';
import { timeEntry } from '@/tests/support/insight-fixtures';

const entries = [
  timeEntry('2026-08-01', 'observing', 60, 'r1'),
  timeEntry('2026-08-31', 'coaching', 90, 'r1'),
  timeEntry('2026-07-31', 'coaching', 100, 'r1'), // July
  timeEntry('2026-09-01', 'coaching', 50, 'r1'), // September
  timeEntry('2026-08-10', 'account-strategy', 30, 'r1'), // about the account, not the rep
  timeEntry('2026-08-11', 'coaching', 20), // no rep
  timeEntry('2026-08-12', 'selling', 300),
  timeEntry('2026-08-13', 'admin', 100),
  timeEntry('2026-08-14', 'coaching', 45, 'r2'),
];

describe('coachingMinutesByRep', () => {
  it('sums observing and coaching with a rep in the month', () => {
    // r1: 60 + 90 = 150; r2: 45
    expect(Object.fromEntries(coachingMinutesByRep(entries, '2026-08'))).toEqual({ r1: 150, r2: 45 });
  });
});

describe('repCoachingTime', () => {
  it('compares with the target', () => {
    // 150 / 180 = 0.8333
    const time = repCoachingTime('r1', '2026-08', 150, 180);
    expect(time).toMatchObject({ minutes: 150, targetMinutes: 180, met: false });
    expect(time.progress).toBeCloseTo(0.8333, 4);
    expect(repCoachingTime('r1', '2026-08', 180, 180).met).toBe(true);
  });
});

describe('managerTimeShare', () => {
  it('is the share of logged time on observing, coaching and account strategy', () => {
    // August: 60 + 90 + 30 + 20 + 300 + 100 + 45 = 645; coaching activities 60 + 90 + 30 + 20 + 45 = 245
    // 245 / 645 = 0.3798 ≥ 0.2
    const share = managerTimeShare(entries, '2026-08', 0.2);
    expect(share).toMatchObject({ coachingMinutes: 245, totalMinutes: 645, belowTarget: false });
    expect(share.share).toBeCloseTo(0.3798, 4);
    expect(share.minutesByActivity).toEqual({
      observing: 60,
      coaching: 155,
      'account-strategy': 30,
      selling: 300,
      'internal-meetings': 0,
      admin: 100,
    });
  });

  it('flags a low share and has no share without time', () => {
    // 20 / (20 + 180) = 0.1 < 0.2
    const low = managerTimeShare(
      [timeEntry('2026-08-02', 'coaching', 20), timeEntry('2026-08-02', 'admin', 180)],
      '2026-08',
      0.2,
    );
    expect(low).toMatchObject({ share: 0.1, belowTarget: true });
    expect(managerTimeShare([], '2026-08', 0.2)).toMatchObject({ share: null, belowTarget: null, totalMinutes: 0 });
  });
});

describe('coreCoachingShare', () => {
  const tiers: Record<string, 'core' | 'star' | 'developing' | 'unset'> = {
    c: 'core',
    c2: 'core',
    s: 'star',
    d: 'developing',
    u: 'unset',
  };
  const tierOf = (repId: string) => tiers[repId];
  // The fair share of a 9-rep team with 2 stars, 5 core and 2 developing: 5 / 9 = 55.6%.
  const nine = { star: 2, core: 5, developing: 2 };

  it("targets the core reps' share of the team, so equal coaching meets it exactly", () => {
    // 9 reps coached 60 minutes each: core 300 of 540 = 5/9, the fair share; not flagged (a fixed
    // 60% target flagged this team with "only 56%").
    const minutes = new Map<string, number>();
    const equal: Record<string, 'core' | 'star' | 'developing'> = {};
    ['s1', 's2', 'c1', 'c2', 'c3', 'c4', 'c5', 'd1', 'd2'].forEach((id) => {
      minutes.set(id, 60);
      equal[id] = id.startsWith('s') ? 'star' : id.startsWith('c') ? 'core' : 'developing';
    });
    const share = coreCoachingShare(minutes, (id) => equal[id], '2026-08', nine);
    expect(share).toMatchObject({ coreMinutes: 300, tieredMinutes: 540, coreReps: 5, tieredReps: 9 });
    expect(share.share).toBeCloseTo(5 / 9, 12);
    expect(share.target).toBeCloseTo(0.5556, 4);
    expect(share.flagged).toBe(false);
  });

  it('is the share of tiered coaching time on core reps; unset reps stay out', () => {
    // core 150 / (150 + 100) = 0.6; the unset rep's 50 stay out of the share
    const share = coreCoachingShare(
      new Map([
        ['c', 150],
        ['s', 100],
        ['u', 50],
      ]),
      tierOf,
      '2026-08',
      nine,
    );
    expect(share).toMatchObject({ coreMinutes: 150, tieredMinutes: 250, untieredMinutes: 50, share: 0.6 });
    expect(share.flagged).toBe(false); // 60% ≥ 55.6%
  });

  it('flags coaching that drifts to the tails', () => {
    // 150 / (150 + 200) = 0.4286 < 5/9
    const share = coreCoachingShare(
      new Map([
        ['c', 150],
        ['s', 200],
      ]),
      tierOf,
      '2026-08',
      nine,
    );
    expect(share.share).toBeCloseTo(0.4286, 4);
    expect(share.flagged).toBe(true);
  });

  it('has the fair share of a 6-rep team with one star: 4 core of 6 = 66.7%', () => {
    const share = coreCoachingShare(
      new Map([
        ['c', 120],
        ['s', 60],
        ['d', 60],
      ]),
      tierOf,
      '2026-08',
      {
        star: 1,
        core: 4,
        developing: 1,
      },
    );
    // core 120 of 240 = 50% < 66.7%
    expect(share.target).toBeCloseTo(2 / 3, 12);
    expect(share.share).toBe(0.5);
    expect(share.flagged).toBe(true);
  });

  it('does not flag without coaching time or without tiers', () => {
    expect(coreCoachingShare(new Map(), tierOf, '2026-08', nine)).toMatchObject({ share: null, flagged: false });
    expect(coreCoachingShare(new Map([['u', 90]]), tierOf, '2026-08', nine)).toMatchObject({
      share: null,
      flagged: false,
    });
    expect(
      coreCoachingShare(new Map([['c', 90]]), tierOf, '2026-08', { star: 0, core: 0, developing: 0 }),
    ).toMatchObject({ target: null, flagged: false });
  });
});
