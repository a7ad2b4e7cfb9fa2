import type { DatabaseFixture } from '../migration-harness';

/**
 * The `coachlens` database as release 1 stores it. Frozen: these are the stores and row shapes
 * that exist in users' browsers, so they stay as they are even when the current schemas change.
 * Rows are written raw, bypassing today's repositories and zod schemas, exactly as v1 wrote them.
 */
const ids = {
  star: '11111111-1111-4111-8111-111111111111',
  core: '22222222-2222-4222-8222-222222222222',
  account: '33333333-3333-4333-8333-333333333333',
  skillA: '44444444-4444-4444-8444-444444444444',
  skillB: '55555555-5555-4555-8555-555555555555',
  obsOld: '66666666-6666-4666-8666-666666666666',
  obsNew: '77777777-7777-4777-8777-777777777777',
  plan: '88888888-8888-4888-8888-888888888888',
  strategy: '99999999-9999-4999-8999-999999999999',
  result: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  timeObserving: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  timeAdmin: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
} as const;

export const v1Ids = ids;

export const v1Fixture: DatabaseFixture = {
  version: 1,
  stores: {
    reps: 'id, *crmKeys, name',
    accounts: 'id, *crmKeys, ownerRepId, name',
    skills: 'id, order',
    observations: 'id, [repId+observedAt], [accountId+observedAt], observedAt',
    plans: 'id, repId, reviewAt',
    strategies: 'id, accountId',
    results: 'id, &[repId+period], period',
    timeEntries: 'id, day, observationId, repId',
  },
  rows: {
    reps: [
      {
        id: ids.star,
        name: 'Ana Star',
        email: 'ana@example.com',
        team: 'East',
        tier: 'star',
        tierSource: 'manual',
        crmLinks: [{ crm: 'salesforce', userId: '005000000000001' }],
        crmKeys: ['salesforce:005000000000001'],
        active: true,
      },
      {
        id: ids.core,
        name: 'Ben Core',
        tier: 'unset',
        tierSource: 'results',
        crmLinks: [
          { crm: 'hubspot', userId: '42' },
          { crm: 'pipedrive', userId: '7' },
        ],
        crmKeys: ['hubspot:42', 'pipedrive:7'],
        active: false,
      },
    ],
    accounts: [
      {
        id: ids.account,
        name: 'Globex',
        ownerRepId: ids.core,
        importance: 'key',
        crmLinks: [{ crm: 'salesforce', recordId: '001000000000001' }],
        crmKeys: ['salesforce:001000000000001'],
        notes: 'Renewal in March; the CFO decides.',
      },
    ],
    skills: [
      {
        id: ids.skillA,
        name: 'Discovery & need development',
        description: 'Uncovers problems and their impact.',
        levels: ['Fact questions only.', 'Finds problems.', 'Explores impact.', 'Quantifies impact.'],
        order: 0,
        archived: false,
      },
      {
        id: ids.skillB,
        name: 'Gaining commitment & next steps',
        description: '',
        levels: ['Ends with "I\'ll follow up".', 'Vague next step.', 'Dated next step.', 'Maps the decision.'],
        order: 1,
        archived: true,
      },
    ],
    observations: [
      {
        id: ids.obsOld,
        repId: ids.core,
        context: 'call-review',
        observedAt: 1_767_225_600_000,
        ratings: [{ skillId: ids.skillA, score: 2 }],
        saw: 'Asked about budget first.',
        keep: '',
        start: 'Ask about impact.',
        stop: '',
        sharedWithRep: false,
        createdAt: 1_767_225_700_000,
      },
      {
        id: ids.obsNew,
        repId: ids.core,
        accountId: ids.account,
        context: 'joint-call',
        observedAt: 1_769_904_000_000,
        durationMin: 45,
        ratings: [
          { skillId: ids.skillA, score: 3 },
          { skillId: ids.skillB, score: 4 },
        ],
        saw: '',
        keep: 'Clear next step with a date.',
        start: '',
        stop: '',
        sharedWithRep: true,
        createdAt: 1_769_904_100_000,
      },
    ],
    plans: [
      {
        id: ids.plan,
        repId: ids.core,
        skillId: ids.skillA,
        fromLevel: 2,
        targetLevel: 3,
        actions: [
          { text: 'Prepare three impact questions per call', done: true },
          { text: 'Role play with Ana', done: false },
        ],
        support: 'Joint call every other week.',
        reviewAt: 1_772_323_200_000,
        status: 'active',
        createdAt: 1_769_904_200_000,
      },
    ],
    strategies: [
      {
        id: ids.strategy,
        accountId: ids.account,
        repId: ids.core,
        answers: { objective: 'Agree the pilot scope.', 'red-flags': 'No access to the CFO.' },
        meetingAt: 1_770_508_800_000,
        updatedAt: 1_769_990_400_000,
      },
    ],
    results: [
      { id: ids.result, repId: ids.star, period: '2026-Q1', attainmentPct: 112.5, winRatePct: 31, pipeline: 850000 },
    ],
    timeEntries: [
      {
        id: ids.timeObserving,
        day: '2026-02-01',
        activity: 'observing',
        minutes: 45,
        repId: ids.core,
        observationId: ids.obsNew,
      },
      { id: ids.timeAdmin, day: '2026-02-02', activity: 'admin', minutes: 30 },
    ],
  },
};
