import { teamInsights } from '@/utils/insights';
import {
  account,
  daysAgo,
  emptyInput,
  now,
  observation,
  plan,
  rep,
  skill,
  strategy,
} from '@/tests/support/insight-fixtures';
import { dashboardPath, todayNudges } from './today';

const dayMs = 86_400_000;

describe('todayNudges', () => {
  const input = emptyInput({
    skills: [skill('s1', 0, { name: 'Discovery' })],
    reps: [
      rep('dana', { name: 'Dana Whitfield' }),
      rep('lee', { name: 'Lee Park' }),
      rep('maya', { name: 'Maya Chen' }),
      rep('gone', { name: 'Gone Rep', active: false }),
    ],
    observations: [
      observation('dana', daysAgo(20), [{ skillId: 's1', score: 2 }]),
      observation('maya', daysAgo(2), [{ skillId: 's1', score: 3 }]),
    ],
    plans: [
      plan('maya', 's1', { id: 'p-soon', reviewAt: now + 3 * dayMs }),
      plan('dana', 's1', { id: 'p-late', reviewAt: now - 2 * dayMs }),
      plan('lee', 's1', { id: 'p-far', reviewAt: now + 30 * dayMs }),
    ],
    accounts: [
      account('globex', { name: 'Globex', importance: 'key' }),
      account('initech', { name: 'Initech', importance: 'standard' }),
      account('umbrella', { name: 'Umbrella', importance: 'key' }),
    ],
    strategies: [
      strategy('globex', { meetingAt: now + 2 * dayMs, answers: {} }),
      strategy('initech', { meetingAt: now + 2 * dayMs, answers: {} }),
      strategy('umbrella', { meetingAt: now + 20 * dayMs, answers: {} }),
    ],
  });
  const nudges = todayNudges(teamInsights(input, now));

  it('lists active reps overdue for observation, never observed first', () => {
    expect(nudges.overdue.map((item) => [item.name, item.daysSince])).toEqual([
      ['Lee Park', null],
      ['Dana Whitfield', 20],
    ]);
    expect(nudges.activeReps).toBe(3);
  });

  it('lists plan reviews past or within 7 days, earliest first', () => {
    expect(nudges.reviews.map((item) => [item.planId, item.overdue])).toEqual([
      ['p-late', true],
      ['p-soon', false],
    ]);
  });

  it('lists key accounts with a meeting within 7 days and unanswered prompts', () => {
    expect(nudges.meetings.map((item) => item.accountId)).toEqual(['globex']);
    expect(nudges.meetings[0]?.unansweredCount).toBeGreaterThan(0);
  });

  it('is empty for an empty team', () => {
    expect(todayNudges(teamInsights(emptyInput(), now))).toEqual({
      activeReps: 0,
      overdue: [],
      reviews: [],
      meetings: [],
    });
  });
});

it('opens a rep or an account in the dashboard', () => {
  expect(dashboardPath('rep', 'a b')).toBe('/options.html#rep/a%20b');
  expect(dashboardPath('account', 'x')).toBe('/options.html#account/x');
});
