import { describe, expect, it } from 'vitest';
import { latestObservations, observationView } from './observation-view';
import { account, daysAgo, now, observation, rep, skill } from '@/tests/support/insight-fixtures';

describe('latestObservations', () => {
  it('takes the newest first, later created first on the same time', () => {
    const rows = [
      observation('r', daysAgo(5), [], { id: 'old' }),
      observation('r', now, [], { id: 'first', createdAt: now }),
      observation('r', now, [], { id: 'second', createdAt: now + 1 }),
      observation('r', daysAgo(-2), [], { id: 'future' }),
    ];
    expect(latestObservations(rows, 3).map((o) => o.id)).toEqual(['future', 'second', 'first']);
    expect(latestObservations(rows, 0)).toEqual([]);
  });
});

describe('observationView', () => {
  it('names the skills, levels and account and leaves out archived or deleted skills', () => {
    const skills = [skill('a', 1, { name: 'Discovery' }), skill('z', 0, { name: 'Planning' })];
    const view = observationView(
      observation(
        'r',
        now,
        [
          { skillId: 'a', score: 4 },
          { skillId: 'gone', score: 2 },
          { skillId: 'z', score: 1 },
        ],
        { accountId: 'unknown' },
      ),
      {
        skillsById: new Map(skills.map((s) => [s.id, s])),
        accountsById: new Map([['acc', account('acc')]]),
        repsById: new Map([['r', rep('r', { name: 'Robin' })]]),
      },
    );
    expect(view).toMatchObject({
      repName: 'Robin',
      accountId: 'unknown',
      accountName: null,
      durationMin: null,
      ratings: [
        { skillId: 'z', skillName: 'Planning', score: 1, levelName: 'Not yet' },
        { skillId: 'a', skillName: 'Discovery', score: 4, levelName: 'Role model' },
      ],
    });
  });
});

describe('latestObservations against a full sort', () => {
  it('keeps exactly the newest rows whatever the input order', () => {
    // 50 rows over 20 distinct days (many ties), in a scrambled order
    const rows = Array.from({ length: 50 }, (_, i) =>
      observation('r', daysAgo((i * 7) % 20), [], { id: `o${String(i).padStart(2, '0')}`, createdAt: i }),
    );
    const sorted = [...rows].sort((a, b) => b.observedAt - a.observedAt || b.createdAt - a.createdAt);
    for (const limit of [1, 5, 10, 50, 60]) {
      expect(latestObservations(rows, limit)).toEqual(sorted.slice(0, limit));
      expect(latestObservations([...rows].reverse(), limit)).toEqual(sorted.slice(0, limit));
    }
  });
});
