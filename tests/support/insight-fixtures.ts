import type { Account, Observation, Plan, Rating, Rep, Result, Skill, Strategy, TimeEntry } from '@/utils/schemas';
import { dayMs } from '@/utils/insights/periods';
import type { InsightInput } from '@/utils/insights/input';

/** Fixed clock for every test: 15 Aug 2026, noon local time (quarter 2026-Q3, month 2026-08). */
export const now = new Date(2026, 7, 15, 12, 0, 0).getTime();

/** `days` days before `now` (negative: in the future). */
export function daysAgo(days: number): number {
  return now - days * dayMs;
}

export function rep(id: string, overrides: Partial<Rep> = {}): Rep {
  return {
    id,
    name: `Rep ${id}`,
    tier: 'unset',
    tierSource: 'results',
    crmLinks: [],
    crmKeys: [],
    active: true,
    ...overrides,
  };
}

export function skill(id: string, order: number, overrides: Partial<Skill> = {}): Skill {
  return {
    id,
    name: `Skill ${id}`,
    description: '',
    levels: [`${id} level 1`, `${id} level 2`, `${id} level 3`, `${id} level 4`],
    order,
    archived: false,
    ...overrides,
  };
}

let sequence = 0;

export function observation(
  repId: string,
  observedAt: number,
  ratings: Rating[],
  overrides: Partial<Observation> = {},
): Observation {
  sequence += 1;
  return {
    id: `obs-${sequence}`,
    repId,
    context: 'joint-call',
    observedAt,
    ratings,
    saw: '',
    keep: '',
    start: '',
    stop: '',
    sharedWithRep: false,
    createdAt: observedAt,
    ...overrides,
  };
}

export function result(repId: string, period: string, attainmentPct: number): Result {
  sequence += 1;
  return { id: `result-${sequence}`, repId, period, attainmentPct };
}

export function plan(repId: string, skillId: string, overrides: Partial<Plan> = {}): Plan {
  sequence += 1;
  return {
    id: `plan-${sequence}`,
    repId,
    skillId,
    fromLevel: 2,
    targetLevel: 3,
    actions: [],
    support: '',
    reviewAt: daysAgo(-30),
    status: 'active',
    createdAt: daysAgo(10),
    ...overrides,
  };
}

export function account(id: string, overrides: Partial<Account> = {}): Account {
  return { id, name: `Account ${id}`, importance: 'standard', crmLinks: [], crmKeys: [], ...overrides };
}

export function strategy(accountId: string, overrides: Partial<Strategy> = {}): Strategy {
  sequence += 1;
  return { id: `strategy-${sequence}`, accountId, answers: {}, updatedAt: daysAgo(1), ...overrides };
}

export function timeEntry(day: string, activity: TimeEntry['activity'], minutes: number, repId?: string): TimeEntry {
  sequence += 1;
  return { id: `time-${sequence}`, day, activity, minutes, ...(repId === undefined ? {} : { repId }) };
}

export function emptyInput(overrides: Partial<InsightInput> = {}): InsightInput {
  return {
    reps: [],
    accounts: [],
    skills: [],
    observations: [],
    plans: [],
    strategies: [],
    results: [],
    timeEntries: [],
    ...overrides,
  };
}

/**
 * A small team (now = 15 Aug 2026) used by the view-model tests:
 * - skills a "Discovery" and b "Closing"; c "Old" is archived.
 * - s (Sam) star: a 4, 4 (1 and 10 days ago) → 4; b 4 (one rating) → 4.
 * - c1 core: a 2, b 3 (3 days ago, at account acc1).
 * - r (Robin) core: today at acc1 a 2, b 3, c 1; 90 days ago a 2; 30–33 days ago four notes-only
 *   observations → a = 2 (2 ratings), b = 3 (1 rating: low evidence).
 * - d developing: a 1 (ignored by benchmark and differentiators). x inactive, never observed.
 * Benchmarks: a 4, b 4 (1 star). Core means: a (2 + 2) / 2 = 2, b (3 + 3) / 2 = 3.
 * Strength: a (4 − 2) / 3 = 0.667, b (4 − 3) / 3 = 0.333.
 */
export function coachingScenario(): InsightInput {
  const a = (score: 1 | 2 | 3 | 4) => ({ skillId: 'a', score });
  const b = (score: 1 | 2 | 3 | 4) => ({ skillId: 'b', score });
  return emptyInput({
    skills: [
      skill('b', 1, { name: 'Closing' }),
      skill('c', 2, { name: 'Old', archived: true }),
      skill('a', 0, { name: 'Discovery' }),
    ],
    reps: [
      rep('s', { name: 'Sam', tier: 'star', tierSource: 'manual' }),
      rep('c1', { tier: 'core', tierSource: 'manual' }),
      rep('r', { name: 'Robin', team: 'North', tier: 'core', tierSource: 'manual' }),
      rep('d', { tier: 'developing', tierSource: 'manual' }),
      rep('x', { active: false }),
    ],
    accounts: [account('acc1', { name: 'Acme', importance: 'key', ownerRepId: 'r' })],
    observations: [
      observation('s', daysAgo(1), [a(4), b(4)]),
      observation('s', daysAgo(10), [a(4)]),
      observation('c1', daysAgo(3), [a(2), b(3)], { id: 'obs-c1', accountId: 'acc1' }),
      observation('r', now, [{ skillId: 'c', score: 1 }, b(3), a(2)], {
        id: 'obs-r-today',
        accountId: 'acc1',
        saw: 'Good questions',
        durationMin: 45,
      }),
      observation('r', daysAgo(90), [a(2)], { id: 'obs-r-old' }),
      ...[30, 31, 32, 33].map((days) => observation('r', daysAgo(days), [], { id: `obs-r-${days}`, saw: 'note' })),
      observation('d', daysAgo(2), [a(1)]),
    ],
    results: [result('r', '2026-Q2', 95), result('r', '2026-07', 105)],
    timeEntries: [timeEntry('2026-08-03', 'coaching', 60, 'r'), timeEntry('2026-07-30', 'coaching', 100, 'r')],
  });
}
